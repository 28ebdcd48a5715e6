package app.baton.sales;

import app.baton.sales.parsing.SalesTally;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an upload's parsed rows on a second thread: formatting a million rows as CSV and compressing them is a third
 * of an import's work, done beside the reading instead of after each row (issue 14's speed target, decision 015).
 * Rows go over in batches through a short queue, so at most a few thousand wait in memory. {@link #close()} writes the
 * rest, waits for the thread and reports its failure; the printer stays the caller's to close.
 */
final class AsyncRows implements SalesTally.RowSink, AutoCloseable {

    private static final int BATCH = 512;
    private static final Object[][] END = new Object[0][];

    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(16);
    private final Thread writer;
    private volatile Throwable failure;
    private Object[][] batch = new Object[BATCH][];
    private int size;
    private boolean closed;

    AsyncRows(CSVPrinter printer) {
        writer = Thread.ofPlatform().name("sales-rows").daemon().start(() -> {
            try {
                for (Object[][] rows = queue.take(); rows != END; rows = queue.take()) {
                    for (Object[] row : rows) {
                        printer.printRecord(row);
                    }
                }
            } catch (Throwable t) {
                failure = t;
                queue.clear();
            }
        });
    }

    @Override
    public void row(Object[] values) throws IOException {
        batch[size++] = values;
        if (size == BATCH) {
            hand(batch);
            batch = new Object[BATCH][];
            size = 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (size > 0) {
            hand(Arrays.copyOf(batch, size));
        }
        hand(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the parsed rows");
        }
        failed();
    }

    /** Hands a batch to the writer; stops at once if the writer failed. */
    private void hand(Object[][] rows) throws IOException {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                failed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the parsed rows");
        }
        failed();
    }

    private void failed() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t != null) {
            throw new IOException("writing the parsed rows failed", t);
        }
    }
}
