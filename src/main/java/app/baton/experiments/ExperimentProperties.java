package app.baton.experiments;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Experiments' settings, checked when the application starts.
 *
 * @param attachmentMaxMb {@code baton.experiments.attachment-max-mb}: the largest file attached to an experiment
 */
@ConfigurationProperties("baton.experiments")
@Validated
record ExperimentProperties(@DefaultValue("10") @Positive long attachmentMaxMb) {

    long maxBytes() {
        return attachmentMaxMb * 1024 * 1024;
    }
}
