package app.baton.shared;

/**
 * The three lengths of what people type, shared by the column that stores it, the service that refuses more, and the
 * field that stops the typing: one number each, so a form never accepts what the database would cut or refuse.
 */
public final class TextLimits {

    /** A name or title: a company, a person, an agency, an experiment, an engagement, a file. */
    public static final int NAME = 200;

    /** A reason, comment, note, hypothesis, link list or description. */
    public static final int TEXT = 2000;

    /** A long text: a message in a report's thread, a meeting's summary, an experiment's learnings. */
    public static final int LONG_TEXT = 4000;

    private TextLimits() {}
}
