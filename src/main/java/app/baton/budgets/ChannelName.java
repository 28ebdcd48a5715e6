package app.baton.budgets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name a founder gives a channel of the company's own, or a default channel in place of its translated one. The
 * channels page's name fields are bound to it ({@code CommandBinder}), and {@link ChannelService} checks the same
 * constraints; the column holds {@link #MAX} characters.
 */
public record ChannelName(
        @NotBlank(message = "budget.channel.nameRequired") @Size(max = MAX, message = "budget.channel.nameRequired")
        String name) {

    /** The longest channel name kept. */
    public static final int MAX = 100;
}
