package app.baton.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every module shares, checked when the application starts: the address links start with
 * ({@code BATON_BASE_URL}; empty means the address the person is using), where files are kept, and the sender of
 * mails.
 *
 * @param baseUrl {@code baton.base-url}
 * @param filesDir {@code baton.files-dir}: the local store's folder (when {@code baton.files.store} is not s3)
 * @param mail {@code baton.mail.*}
 * @param files {@code baton.files.*}
 */
@ConfigurationProperties("baton")
@Validated
public record SharedProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("./data/files") @NotBlank String filesDir,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Files files) {

    /** @param from {@code baton.mail.from}: the sender of every mail */
    public record Mail(
            @DefaultValue("baton@localhost") @NotBlank @Email
            String from) {}

    /** @param s3 {@code baton.files.s3.*}, read only when {@code baton.files.store=s3} */
    public record Files(@DefaultValue S3 s3) {}

    /** An S3-compatible store; the four without a default are required when it is used. */
    public record S3(
            @Nullable String endpoint,
            @Nullable String bucket,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("false") boolean createBucket) {}
}
