package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and every key the code names exists. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|DomainException|Toasts\\.success|Toasts\\.errorKey)\\(\\s*\"([a-zA-Z0-9_.]+)\"");

    @Test
    void both_bundles_have_the_same_keys() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        Properties en = load("/messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty();
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void no_message_is_blank() throws IOException {
        for (String bundle : new String[] {"/messages_zh_TW.properties", "/messages_en.properties"}) {
            Properties messages = load(bundle);
            messages.stringPropertyNames()
                    .forEach(key -> assertThat(messages.getProperty(key))
                            .as(bundle + " " + key)
                            .isNotBlank());
        }
    }

    @Test
    void traditional_chinese_bundle_is_really_chinese() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        assertThat(zh.getProperty("nav.signOut")).isEqualTo("登出");
        assertThat(zh.getProperty("role.FOUNDER")).contains("創一代");
    }

    /**
     * Chinese text uses full-width 「，」「：」「（」「）」「？」 (issue 15): a half-width one next to a Chinese character or
     * Chinese punctuation is refused, and a message does not mix half- and full-width brackets. Placeholders ({@code
     * {0,number,#}}), numbers and times (7:30) keep theirs.
     */
    @Test
    void traditional_chinese_uses_full_width_punctuation_between_chinese_characters() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        Pattern cjk = Pattern.compile("[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
        List<String> wrong = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            String value = zh.getProperty(key);
            int depth = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth > 0 || ",:()?".indexOf(c) < 0) {
                    continue;
                }
                boolean before = i > 0 && cjk.matcher(value.substring(i - 1, i)).matches();
                boolean after = i + 1 < value.length()
                        && cjk.matcher(value.substring(i + 1, i + 2)).matches();
                if (before || after) {
                    wrong.add(key + " = " + value);
                    break;
                }
            }
            boolean half = value.replaceAll("\\{[^}]*}", "").matches(".*[()].*");
            boolean full = value.matches(".*[（）].*");
            if (half && full) {
                wrong.add(key + " (mixed brackets) = " + value);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Every red flag has a title in both languages (the card shows it; the code stays small beside it). */
    @Test
    void every_flag_has_a_title() throws IOException {
        for (String bundle : List.of("/messages_zh_TW.properties", "/messages_en.properties")) {
            Properties messages = load(bundle);
            List<String> codes = messages.stringPropertyNames().stream()
                    .filter(k -> k.matches("flag\\.[A-Z_]+"))
                    .map(k -> k.substring("flag.".length()))
                    .toList();
            assertThat(codes).hasSizeGreaterThan(10);
            assertThat(codes)
                    .allSatisfy(code -> assertThat(messages.getProperty("flag.title." + code))
                            .as(bundle + " flag.title." + code)
                            .isNotBlank());
        }
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !zh.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_label_built_from_an_enum_or_code_exists() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.add("budget.plan.activateWarning.EXPERIMENT");
        keys.add("budget.plan.activateWarning.RESERVE");
        for (var tier : app.baton.budgets.Tier.values()) {
            keys.add("tier." + tier.name());
            keys.add("tier." + tier.name() + ".description");
        }
        for (var kind : app.baton.budgets.RequestKind.values()) {
            keys.add("request.kind." + kind.name());
            keys.add("request.kind." + kind.name() + ".help");
        }
        for (var status : app.baton.budgets.RequestStatus.values()) {
            keys.add("request.status." + status.name());
        }
        keys.add("request.history.REJECTED");
        keys.add("request.history.WITHDRAWN");
        for (var status : app.baton.budgets.PlanStatus.values()) {
            keys.add("budget.plan.status." + status.name());
        }
        for (var rule : app.baton.approvals.GuardrailRule.values()) {
            keys.add("guardrail.rule." + rule.name());
            keys.add("guardrail.rule." + rule.name() + ".text");
        }
        for (var status : app.baton.budgets.BudgetSheet.GuardrailStatus.values()) {
            keys.add("guardrail.status." + status.name());
        }
        for (var policy : app.baton.approvals.MultiFounderPolicy.values()) {
            keys.add("guardrails.policy." + policy.name());
        }
        app.baton.budgets.ChannelService.DEFAULT_CODES.forEach(code -> keys.add("channel." + code));
        for (String action : List.of(
                "BUDGET_PLAN_CREATED",
                "BUDGET_PLAN_EDITED",
                "BUDGET_PLAN_ACTIVATED",
                "BUDGET_SPEND_RECORDED",
                "CHANNEL_ADDED",
                "CHANNEL_RENAMED",
                "CHANNEL_ARCHIVED",
                "CHANNEL_RESTORED",
                "GUARDRAILS_CHANGED",
                "BUDGET_REQUEST_SUBMITTED",
                "BUDGET_REQUEST_APPROVED",
                "BUDGET_REQUEST_APPROVED_BY_DELEGATION",
                "BUDGET_REQUEST_PARTIALLY_APPROVED",
                "BUDGET_REQUEST_REJECTED",
                "BUDGET_REQUEST_WITHDRAWN",
                "GUARDRAIL_OVERRIDDEN",
                "BUDGET_CHANGE_APPLIED")) {
            keys.add("audit.action." + action);
            if (action.startsWith("BUDGET_REQUEST_")
                    && !action.endsWith("SUBMITTED")
                    && !action.endsWith("WITHDRAWN")) {
                keys.add("notification." + action.replace("BUDGET_REQUEST_", "BUDGET_REQUEST_OUTCOME_"));
            }
        }
        for (var status : app.baton.reports.ReviewStatus.values()) {
            keys.add("report.status." + status.name());
        }
        for (var state : app.baton.reports.FlagState.values()) {
            keys.add("flag.state." + state.name());
        }
        for (var severity : app.baton.reports.checks.Severity.values()) {
            keys.add("flag.severity." + severity.name());
        }
        for (var kind : app.baton.reports.MessageKind.values()) {
            keys.add("report.message." + kind.name());
        }
        for (var format : app.baton.reports.parsing.ReportFormat.values()) {
            keys.add("report.format." + format.name());
        }
        for (var field : app.baton.reports.parsing.Field.values()) {
            keys.add("field." + field.name());
        }
        for (var field : app.baton.reports.parsing.Field.values()) {
            keys.add("field." + field.name());
        }
        for (var kpi : app.baton.reports.EngagementKpi.values()) {
            keys.add("kpi." + kpi.name());
        }
        for (var field : app.baton.reports.checks.Metrics.COMPARED) {
            keys.add("metric." + app.baton.reports.checks.Metrics.name(field));
        }
        for (String code : List.of("SPEND_MISMATCH", "METRIC_SPIKE", "METRIC_MISSING", "DEFINITION_CHANGED")) {
            keys.add("flag." + code);
        }
        for (String action : List.of(
                "REPORT_SUBMITTED",
                "REPORT_ACCEPTED",
                "REPORT_CLARIFICATION_REQUESTED",
                "REPORT_REJECTED",
                "REPORT_QUESTION",
                "REPORT_ANSWER",
                "REPORT_FLAG_RESOLVED",
                "REPORT_FLAG_DISMISSED")) {
            keys.add("notification." + action);
            keys.add("audit.action." + action);
        }
        // issue 14: the company's own sales, the reconciliation flags, one definition of a conversion
        for (var layout : app.baton.sales.parsing.SalesLayout.values()) {
            keys.add("sales.layout." + layout.name());
        }
        for (var kind : app.baton.reports.ConversionKind.values()) {
            keys.add("engagement.conversionKind." + kind.name());
            keys.add("dashboard.claimed." + kind.name());
        }
        for (String code : List.of(
                "CLAIMS_EXCEED_ORDERS",
                "OVERLAPPING_CLAIMS",
                "CLAIMED_ROAS_UNSUPPORTED",
                "NEW_CUSTOMERS_UNSUPPORTED")) {
            keys.add("flag." + code);
            keys.add("report.reconciled." + code);
        }
        keys.add("notification.REPORT_RECONCILED");
        keys.add("audit.action.REPORT_RECONCILED");
        keys.add("audit.action.SALES_UPLOADED");
        keys.add("report.message.RECONCILED");
        for (String action : List.of("ENGAGEMENT_CREATED", "ENGAGEMENT_UPDATED", "ENGAGEMENT_RATED")) {
            keys.add("audit.action." + action);
        }
        for (String criterion :
                List.of("expertise", "pastPerformance", "communication", "flexibility", "transparency")) {
            keys.add("scorecard." + criterion);
        }
        for (var decision : app.baton.budgets.RequestDecision.values()) {
            keys.add("audit.action." + decision.code());
        }
        for (var action : app.baton.experiments.ExperimentAction.values()) {
            keys.add("audit.action." + action.code());
        }
        for (var action : app.baton.budgets.BudgetEvents.PlanAction.values()) {
            keys.add("audit.action." + action.code());
        }
        for (var action : app.baton.budgets.BudgetEvents.ChannelAction.values()) {
            keys.add("audit.action." + action.code());
        }
        for (var action : app.baton.reports.ReportEvents.EngagementAction.values()) {
            keys.add("audit.action." + action.code());
        }
        for (var action : app.baton.reports.ReportEvents.ReportAction.values()) {
            keys.add("audit.action." + action.code());
            keys.add("notification." + action.code());
        }
        for (var action : app.baton.selection.SelectionEvents.RoundAction.values()) {
            keys.add("audit.action." + action.code());
            keys.add("notification." + action.code());
        }
        for (var action : app.baton.reports.ReportEvents.TermsAction.values()) {
            keys.add("audit.action." + action.code());
            keys.add("notification." + action.code());
        }
        for (var action : app.baton.reports.ReportEvents.MissAction.values()) {
            keys.add("audit.action." + action.code());
            keys.add("notification." + action.code());
        }
        for (var choice : app.baton.selection.RenewalChoice.values()) {
            keys.add("renewal.choice." + choice.name());
            keys.add("audit.action.RENEWAL_" + choice.name());
            keys.add("notification.RENEWAL_" + choice.name());
        }
        keys.add("notification.RENEWAL_DUE");
        keys.add("notification.RENEWAL_ENDED");
        keys.add("audit.action.RENEWAL_DUE");
        for (var cause : app.baton.reports.MissCause.values()) {
            keys.add("miss.cause." + cause.name());
        }
        for (var responsibility : app.baton.reports.Responsibility.values()) {
            keys.add("terms.responsibility." + responsibility.name());
        }
        for (var party : app.baton.reports.Party.values()) {
            keys.add("terms.party." + party.name());
        }
        for (var state : app.baton.reports.TermsState.values()) {
            keys.add("terms.state." + state.name());
        }
        for (var state : app.baton.selection.CandidateState.values()) {
            keys.add("selection.candidate." + state.name());
        }
        for (int score = 1; score <= 5; score++) {
            keys.add("selection.scale." + score);
        }
        for (var status : app.baton.experiments.ExperimentStatus.values()) {
            keys.add("experiment.status." + status.name());
        }
        for (var method : app.baton.experiments.ExperimentMethod.values()) {
            keys.add("experiment.method." + method.name());
        }
        for (var conclusion : app.baton.experiments.Conclusion.values()) {
            keys.add("experiment.conclusion." + conclusion.name());
            keys.add("experiment.conclusion." + conclusion.name() + ".help");
            keys.add("experiment.history.CONCLUDED_" + conclusion.name());
            keys.add("notification.EXPERIMENT_CONCLUDED_" + conclusion.name());
            keys.add("audit.action.EXPERIMENT_CONCLUDED_" + conclusion.name());
        }
        for (var outcome : app.baton.experiments.Metric.Outcome.values()) {
            keys.add("experiment.outcome." + outcome.name());
        }
        for (var kind : app.baton.experiments.MetricKind.values()) {
            keys.add("kpi." + kind.name());
            if (kind.computable()) {
                keys.add("experiment.raw." + kind.firstFigure());
                keys.add("experiment.raw." + kind.secondFigure());
            }
        }
        for (var direction : app.baton.experiments.Direction.values()) {
            keys.add("experiment.direction." + direction.name());
        }
        for (String action : List.of(
                "CREATED",
                "EDITED",
                "SUBMITTED",
                "APPROVED_BY",
                "APPROVED",
                "REJECTED",
                "CHANGES_REQUESTED",
                "STARTED",
                "RESULTS_SUBMITTED",
                "REMIND_STARTS_TOMORROW",
                "REMIND_ENDED")) {
            keys.add("experiment.history." + action);
        }
        for (String column : List.of("DRAFT", "SUBMITTED", "APPROVED", "RUNNING", "RESULTS_SUBMITTED", "CONCLUDED")) {
            keys.add("experiment.column." + column);
        }
        for (String action : List.of(
                "SUBMITTED",
                "APPROVED",
                "PARTIALLY_APPROVED",
                "REJECTED",
                "CHANGES_REQUESTED",
                "STARTED",
                "STARTS_TOMORROW",
                "ENDED",
                "RESULTS_SUBMITTED")) {
            keys.add("notification.EXPERIMENT_" + action);
            keys.add("audit.action.EXPERIMENT_" + action);
        }
        keys.add("audit.action.EXPERIMENT_CREATED");
        keys.add("audit.action.EXPERIMENT_EDITED");
        keys.add("audit.action.EXPERIMENT_OVERRIDDEN");
        keys.add("audit.action.BUDGET_RESERVED");
        keys.add("audit.action.BUDGET_RELEASED");
        keys.add("audit.action.DELEGATED_LIMIT_SUGGESTED");
        keys.add("audit.action.EXPERIMENT_ATTACHMENT_ADDED");
        keys.add("notification.BUDGET_REQUEST_WAITING");
        keys.add("notification.BUDGET_REQUEST_DELEGATED");
        for (var kpi : app.baton.insights.TrendKpi.values()) {
            keys.add("kpi.trend." + kpi.name());
        }
        for (var source : app.baton.insights.BudgetActuals.Source.values()) {
            keys.add("sources.kind." + source.name());
        }
        for (var kind : app.baton.insights.Suggestions.Kind.values()) {
            keys.add("suggestion." + kind.name());
        }
        for (var kind : app.baton.insights.MeetingService.DecisionKind.values()) {
            keys.add("meeting.kind." + kind.name());
        }
        for (var action : app.baton.notifications.LineEvents.LineAction.values()) {
            keys.add("audit.action." + action.code());
        }
        for (var kind : app.baton.notifications.MailKind.values()) {
            keys.add("mail.kind." + kind.name());
            kind.notificationKinds().forEach(n -> keys.add("notification." + n));
        }
        for (String action : List.of(
                "KPI_SETTINGS_CHANGED",
                "MEETING_DECISION_RECORDED",
                "MEETING_CLOSED",
                "REPORT_DUE_SOON",
                "REPORT_LATE")) {
            keys.add("audit.action." + action);
        }
        Properties zh = load("/messages_zh_TW.properties");
        assertThat(keys.stream().filter(k -> !zh.containsKey(k)).toList()).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
