package app.baton.reports;

/**
 * What needs the signed-in person in the reports: for founders and successors, months whose latest version
 * waits for review; for an agency's people, months asked to clarify or late. Also how many months are late.
 */
public record Attention(int waiting, int late, int engagements) {

    public int total() {
        return waiting + late;
    }
}
