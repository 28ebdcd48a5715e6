package app.baton;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Chooses the database for tests, in this order: {@code TEST_DB_URL}/{@code TEST_DB_USER}/{@code TEST_DB_PASSWORD}
 * when set (CI: MariaDB); Testcontainers MySQL 8.4 when Docker is available; else embedded H2 in MySQL mode, with
 * a notice, because H2 alone proves little about MySQL.
 */
public final class TestDatabase {

    private static volatile String url;
    private static volatile String user;
    private static volatile String password;
    private static volatile String description;

    private TestDatabase() {}

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (url == null) {
            choose();
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    public static String description() {
        return description == null ? "not chosen yet" : description;
    }

    private static void choose() {
        String envUrl = System.getenv("TEST_DB_URL");
        if (envUrl != null && !envUrl.isBlank()) {
            url = envUrl;
            user = envOr("TEST_DB_USER", "root");
            password = envOr("TEST_DB_PASSWORD", "");
            description = "TEST_DB_URL " + envUrl;
        } else if (dockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("baton");
            mysql.start();
            url = mysql.getJdbcUrl();
            user = mysql.getUsername();
            password = mysql.getPassword();
            description = "Testcontainers " + mysql.getDockerImageName();
        } else {
            url = "jdbc:h2:mem:baton-test;MODE=MySQL;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
            description = "embedded H2 (MySQL mode)";
            System.out.println("\n*** NOTICE: no TEST_DB_URL and no Docker: tests run on embedded H2 in MySQL mode. ***"
                    + "\n*** Set TEST_DB_URL (see README) to test on MariaDB/MySQL as CI does.            ***\n");
        }
        System.out.println("Test database: " + description);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
