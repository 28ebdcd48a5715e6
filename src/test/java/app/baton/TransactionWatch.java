package app.baton;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An uploaded file's content that notes, at every read, whether the reading thread had a transaction or a bound
 * database resource open: an upload must read (and check) its file holding no pool connection (decision 017).
 */
public final class TransactionWatch extends FilterInputStream {

    private final List<Boolean> reads = new CopyOnWriteArrayList<>();

    public TransactionWatch(byte[] content) {
        super(new ByteArrayInputStream(content));
    }

    @Override
    public int read() throws IOException {
        note();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        note();
        return super.read(b, off, len);
    }

    private void note() {
        reads.add(TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.getResourceMap().isEmpty());
    }

    /** For each read, whether a transaction or a bound resource was open (true) or not. */
    public List<Boolean> reads() {
        return List.copyOf(reads);
    }

    /** The stream as it is handed to a service. */
    public InputStream stream() {
        return this;
    }
}
