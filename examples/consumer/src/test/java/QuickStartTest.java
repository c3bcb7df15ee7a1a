import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start from the installed artifacts and checks the output the README shows. */
class QuickStartTest {
  @Test
  void printsWhatTheReadmeShows() throws Exception {
    String expected;
    try (InputStream in = QuickStartTest.class.getResourceAsStream("/quickstart-output.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertEquals(expected.strip(), captured.toString(StandardCharsets.UTF_8).strip().replace("\r\n", "\n"));
  }
}
