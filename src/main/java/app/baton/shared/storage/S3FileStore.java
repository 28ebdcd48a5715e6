package app.baton.shared.storage;

import app.baton.shared.SharedProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in any S3-compatible object store (SeaweedFS, Garage, AWS S3, …) for several app replicas, chosen with
 * {@code baton.files.store=s3} and configured by {@code baton.files.s3.endpoint}, {@code .bucket}, {@code
 * .access-key}, {@code .secret-key} (and {@code .region}). Path-style addressing and checksums only when required
 * keep it compatible with stores that implement the core of the S3 API. Keys are {@code <company>/<random id>},
 * never a file name; the bucket is private and downloads go through the application.
 */
@Component
@ConditionalOnProperty(name = "baton.files.store", havingValue = "s3")
class S3FileStore implements FileStore, DisposableBean {

    private final S3Client client;
    private final String bucket;

    /** The one Spring uses (the other is for tests); without the annotation Spring cannot choose and fails to start. */
    @org.springframework.beans.factory.annotation.Autowired
    S3FileStore(SharedProperties properties) {
        this(
                required(properties.files().s3().endpoint(), "endpoint"),
                required(properties.files().s3().bucket(), "bucket"),
                required(properties.files().s3().accessKey(), "access-key"),
                required(properties.files().s3().secretKey(), "secret-key"),
                properties.files().s3().region(),
                properties.files().s3().createBucket());
    }

    /** A setting the S3 store cannot start without: refused at start-up with its name, never a late failure. */
    private static String required(@org.jspecify.annotations.Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("baton.files.s3." + name + " is required when baton.files.store=s3");
        }
        return value;
    }

    /** With the settings given (tests). */
    S3FileStore(
            String endpoint, String bucket, String accessKey, String secretKey, String region, boolean createBucket) {
        this(
                S3Client.builder()
                        .endpointOverride(URI.create(endpoint))
                        .region(Region.of(region))
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                        .serviceConfiguration(S3Configuration.builder()
                                .pathStyleAccessEnabled(true)
                                .chunkedEncodingEnabled(false)
                                .build())
                        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                        .httpClient(UrlConnectionHttpClient.create())
                        .build(),
                bucket);
        if (createBucket) {
            createBucketIfMissing();
        }
    }

    S3FileStore(S3Client client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** For a fresh store (e.g. the compose file's SeaweedFS): makes the bucket when it is not there yet. */
    private void createBucketIfMissing() {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (software.amazon.awssdk.services.s3.model.NoSuchBucketException e) {
            client.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public String put(long tenantId, Path content) throws IOException {
        String key = tenantId + "/" + UUID.randomUUID();
        try {
            client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(content));
        } catch (SdkException e) {
            throw new IOException("object store refused the file", e);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new java.io.FileNotFoundException(key);
        } catch (SdkException e) {
            throw new IOException("object store did not return the file", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("object store did not delete the file", e);
        }
    }

    @Override
    public void destroy() {
        client.close();
    }
}
