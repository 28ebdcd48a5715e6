package app.baton.sales;

import app.baton.sales.internal.SalesDayEntity;
import app.baton.sales.internal.SalesDayRepository;
import app.baton.sales.internal.SalesUploadEntity;
import app.baton.sales.internal.SalesUploadRepository;
import app.baton.sales.parsing.SalesReader;
import app.baton.sales.parsing.SalesTally;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.storage.Uploads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The last step of a sales upload ({@link SalesService#upload}): in the caller's transaction, the upload's next version
 * number, its row with the file's figures, its figures per day and channel, the customers it taught the company, and
 * the audited event. The file and its rows are already stored.
 */
@Component
class SalesRecorder {

    private final SalesUploadRepository uploads;
    private final SalesDayRepository days;
    private final CustomerStore customers;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SalesRecorder(
            SalesUploadRepository uploads,
            SalesDayRepository days,
            CustomerStore customers,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.uploads = uploads;
        this.days = days;
        this.customers = customers;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A read and tallied file, stored under {@code key} with its rows under {@code rowsKey}. */
    record Upload(
            MembershipInfo membership,
            String name,
            Uploads.Checked file,
            String key,
            String rowsKey,
            SalesReader.Read read,
            SalesTally.Result result,
            Map<String, LocalDate> known) {}

    /** Records the upload; runs inside the caller's writing transaction. */
    SalesService.UploadView record(Upload u) {
        int number = uploads.lastNumber().orElse(0) + 1;
        SalesUploadEntity upload = uploads.saveAndFlush(new SalesUploadEntity(
                number,
                u.read().layout().name(),
                u.name(),
                u.file().mediaType(),
                u.file().size(),
                u.file().sha256(),
                u.key(),
                u.rowsKey(),
                u.read().encoding() == null
                        ? null
                        : u.read().encoding().encoding().name(),
                u.result().first(),
                u.result().last(),
                u.read().rows(),
                u.result().orders(),
                u.result().cancelled(),
                u.result().revenue(),
                u.result().newCustomers(),
                u.result().customers(),
                u.read().attribution(),
                u.read().totalsMismatch(),
                u.read().mismatchLines().stream().map(String::valueOf).collect(Collectors.joining(",")),
                currentUser.require().userId(),
                clock.instant()));
        List<SalesDayEntity> dayRows = new ArrayList<>(u.result().days().size());
        for (SalesTally.Day d : u.result().days()) {
            dayRows.add(
                    new SalesDayEntity(upload.id(), d.day(), d.channel(), d.orders(), d.revenue(), d.newCustomers()));
        }
        days.saveAll(dayRows);
        customers.learn(u.membership().tenantId(), u.result().firstOrders(), u.known());
        events.publishEvent(new SalesEvents.SalesUploaded(
                u.membership().tenantId(),
                currentUser.require().userId(),
                u.membership().role().name(),
                upload.id(),
                u.result().first(),
                u.result().last(),
                "v" + number + " " + u.result().first() + "–" + u.result().last() + " " + u.name() + " ("
                        + u.read().layout()
                        + ", " + u.read().rows() + " rows, " + u.result().orders() + " orders, "
                        + u.result().cancelled()
                        + " cancelled or refunded, sha256 " + u.file().sha256() + ")"));
        return SalesService.view(upload);
    }
}
