package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A screening notice's parameter fingerprint (参数指纹) can be checked with {@code snapshot}. */
final class SnapshotFingerprintTest {
  @TempDir
  Path dir;

  private static String line(String out, String prefix) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prefix) + "([0-9a-f]{64})$").matcher(out);
    assertThat(m.find()).as("a line starting %s in:%n%s", prefix, out).isTrue();
    return m.group(1);
  }

  @Test
  void snapshotPrintsTheFingerprintOfTheNoticeAndOfScreenBesideItsOwn() throws IOException {
    Path h = dir.resolve("h6.json");
    Files.writeString(h, ScreenTextTest.DIALYSIS, StandardCharsets.UTF_8);
    Path notice = dir.resolve("notice.html");
    CliRun screen = CliRun.of("screen", "--date", "2025-10-01", "--report", notice.toString(), h.toString());
    assertThat(screen.exit()).as(screen.err()).isZero();
    String ofScreen = line(screen.out(), "参数指纹：");
    assertThat(Files.readString(notice, StandardCharsets.UTF_8)).contains(ofScreen);

    CliRun zh = CliRun.of("snapshot", "--region", "620825", "--date", "2025-10-01");
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(line(zh.out(), "参数指纹（筛查告知书和筛查结果所载，用于核对）：")).isEqualTo(ofScreen);
    CliRun en = CliRun.of("snapshot", "--lang", "en", "--region", "620825", "--date", "2025-10-01");
    assertThat(en.exit()).as(en.err()).isZero();
    assertThat(line(en.out(), "Parameter fingerprint (参数指纹) of the rulebook, as the screening notice and screen print it: "))
        .isEqualTo(ofScreen);
    // the snapshot's own fingerprint covers every value, and is labelled as such
    CliRun json = CliRun.of("snapshot", "--format", "json", "--region", "620825", "--date", "2025-10-01");
    JsonNode snap = new ObjectMapper().readTree(json.out());
    assertThat(snap.get("parameterFingerprint").asText()).isEqualTo(ofScreen);
    assertThat(snap.get("fingerprint").asText()).isNotEqualTo(ofScreen);
    assertThat(en.out()).contains("snapshot fingerprint (every value) " + snap.get("fingerprint").asText().substring(0, 16));
    assertThat(zh.out()).contains("快照指纹（全部参数）" + snap.get("fingerprint").asText().substring(0, 16));

    CliRun screenJson = CliRun.of("screen", "--date", "2025-10-01", "--format", "json", h.toString());
    assertThat(new ObjectMapper().readTree(screenJson.out()).get("parameterFingerprint").asText()).isEqualTo(ofScreen);
  }

  @Test
  void theNationalSnapshotHasAParameterFingerprintToo() {
    CliRun r = CliRun.of("snapshot", "--lang", "en", "--region", "national", "--date", "2026-01-01");
    assertThat(r.exit()).as(r.err()).isZero();
    line(r.out(), "Parameter fingerprint (参数指纹) of the rulebook, as the screening notice and screen print it: ");
  }
}
