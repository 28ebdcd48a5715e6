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
        if (url.startsWith("jdbc:mysql:")) {
            // as in production (application-mysql.properties): batches as multi-row statements
            registry.add("spring.datasource.hikari.data-source-properties.rewriteBatchedStatements", () -> "true");
        }
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }

    public static String description() {
        return description == null ? "not chosen yet" : description;
    }

    private static void choose() {
        String envUrl = System.getenv("TEST_DB_URL");
        if (envUrl != null && !envUrl.isBlank()) {
            user = envOr("TEST_DB_USER", "root");
            password = envOr("TEST_DB_PASSWORD", "");
            url = ownDatabase(envUrl);
            description = "TEST_DB_URL " + url;
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

    /**
     * The runs of the date-sensitive classes at other start instants ({@code baton.test.database-suffix} set by the
     * pom's {@code clock-*} executions) each get a fresh database beside the given one, so that rows written at one
     * instant (a notification due "today") are not found by a run at another.
     */
    private static String ownDatabase(String given) {
        String suffix = System.getProperty("baton.test.database-suffix");
        if (suffix == null
                || suffix.isBlank()
                || !given.startsWith("jdbc:mysql:") && !given.startsWith("jdbc:mariadb:")) {
            return given;
        }
        int slash = given.indexOf('/', given.indexOf("//") + 2);
        int end = given.indexOf('?', slash);
        String name = end < 0 ? given.substring(slash + 1) : given.substring(slash + 1, end);
        String own = name + "_" + suffix.replaceAll("[^A-Za-z0-9_]", "_");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(given, user, password);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + own + "`");
            statement.execute("CREATE DATABASE `" + own + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create the test database " + own, e);
        }
        return given.substring(0, slash + 1) + own + (end < 0 ? "" : given.substring(end));
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
