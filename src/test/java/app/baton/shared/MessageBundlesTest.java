package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and every key the code names exists. */
class MessageBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|DomainException|Toasts\\.success|Toasts\\.errorKey)\\(\\s*\"([a-zA-Z0-9_.]+)\"");

    @Test
    void both_bundles_have_the_same_keys() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        Properties en = load("/messages_en.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty();
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void no_message_is_blank() throws IOException {
        for (String bundle : new String[] {"/messages_zh_TW.properties", "/messages_en.properties"}) {
            Properties messages = load(bundle);
            messages.stringPropertyNames()
                    .forEach(key -> assertThat(messages.getProperty(key))
                            .as(bundle + " " + key)
                            .isNotBlank());
        }
    }

    @Test
    void traditional_chinese_bundle_is_really_chinese() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        assertThat(zh.getProperty("nav.signOut")).isEqualTo("登出");
        assertThat(zh.getProperty("role.FOUNDER")).contains("創一代");
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Properties zh = load("/messages_zh_TW.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !zh.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
