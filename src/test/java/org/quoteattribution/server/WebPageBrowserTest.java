package org.quoteattribution.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's headless Chromium driven through /usr/bin/chromedriver
 * (named explicitly, so Selenium never tries to download a driver). It pastes the seed article and
 * checks what a reader sees. Without the browser the test fails under CI (which installs it, see
 * .ci/run) and is skipped elsewhere, saying how to install it.
 */
class WebPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SEED = Path.of("seeds/000_ce2ed4b107f1b5db.txt");
  private static final Path DOWNLOADS = Path.of("target/browser-downloads");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE); // CDP version notes
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message = "the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get install -y chromium chromium-driver";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    Files.createDirectories(DOWNLOADS);
    try (Stream<Path> old = Files.list(DOWNLOADS)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1000", "--hide-scrollbars", "--lang=en-GB");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void showsWhoSaidWhatInThePastedSeedArticle() throws Exception {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    driver.get(TestServer.uri("/").toString());
    WebElement area = driver.findElement(By.id("article"));
    area.sendKeys(seed);
    assertThat(area.getDomProperty("value")).isEqualTo(seed.replace("\r\n", "\n"));
    driver.findElement(By.id("attribute")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.cssSelector("#text .st")).isEmpty());

    // the text shown is the text pasted, every character of it, with the statements marked in it
    Object shown = js("const c = document.getElementById('text').cloneNode(true);"
        + "c.querySelectorAll('.who').forEach(e => e.remove()); return c.textContent;");
    assertThat(shown).isEqualTo(seed.replace("\r\n", "\n"));
    List<WebElement> direct = driver.findElements(By.cssSelector("#text .st-direct"));
    List<WebElement> indirect = driver.findElements(By.cssSelector("#text .st-indirect"));
    assertThat(direct).isNotEmpty();
    assertThat(indirect).isNotEmpty();
    assertThat(direct.get(0).getText()).contains("By leveraging our shared cultural");
    assertThat(driver.findElements(By.cssSelector("#text .cue")).stream().map(WebElement::getText)).contains("said");
    assertThat(driver.findElements(By.cssSelector("#text .src")).stream().map(WebElement::getText))
        .anySatisfy(t -> assertThat(t).contains("Alireza Jabbari"));
    long statements = (Long) js("return new Set([...document.querySelectorAll('#text .st')].map(e => e.dataset.st)).size;");
    assertThat(driver.findElement(By.cssSelector(".chip.total b")).getText()).isEqualTo(String.valueOf(statements));

    // the people panel: Alireza Jabbari, deputy ambassador, Iran, with his statements
    WebElement jabbari = driver.findElements(By.cssSelector("#people .person")).stream()
        .filter(p -> p.findElement(By.cssSelector(".name")).getText().equals("Alireza Jabbari"))
        .findFirst().orElseThrow(() -> new AssertionError("no Alireza Jabbari in the people panel"));
    assertThat(jabbari.findElement(By.cssSelector(".role")).getText()).isEqualTo("deputy ambassador");
    assertThat(jabbari.findElement(By.cssSelector(".affiliation")).getText()).isEqualTo("Iran");
    List<WebElement> his = jabbari.findElements(By.cssSelector(".said-item"));
    assertThat(his).isNotEmpty();

    // clicking him highlights his statements and only his
    String key = jabbari.getDomAttribute("data-who");
    jabbari.findElement(By.cssSelector(".person-head")).click();
    assertThat(driver.findElement(By.id("text")).getDomAttribute("class")).contains("focusing");
    List<WebElement> on = driver.findElements(By.cssSelector("#text .st.on"));
    assertThat(on).isNotEmpty().allSatisfy(e -> assertThat(e.getDomAttribute("data-who")).isEqualTo(key));
    assertThat(on).hasSameSizeAs(driver.findElements(By.cssSelector("#text .st[data-who='" + key + "']")));
    long hisStatements = (Long) js("return new Set([...document.querySelectorAll('#text .st.on')].map(e => e.dataset.st)).size;");
    assertThat(hisStatements).isEqualTo(his.size());

    new Actions(driver).moveToLocation(1, 1).perform();
    Path shot = Path.of("target/web-page.png");
    Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);

    // the downloads: the library's JSON, and one CSV row per statement
    driver.findElement(By.id("download-json")).click();
    driver.findElement(By.id("download-csv")).click();
    Path json = awaitFile(DOWNLOADS.resolve("attribution.json"));
    Path csv = awaitFile(DOWNLOADS.resolve("statements.csv"));
    JsonNode downloaded = MAPPER.readTree(json.toFile());
    assertThat(downloaded.get("statements")).hasSize((int) statements);
    assertThat(downloaded.get("people").get(0).get("name").asText()).isEqualTo("Alireza Jabbari");
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(rows.get(0)).startsWith("\ufeffstatement,type,speaker_id,speaker,role,affiliation");
    assertThat(rows.get(1)).contains("Alireza Jabbari,deputy ambassador,Iran");
    // quoted cells may hold line breaks, so count records by their leading statement number
    assertThat(rows.stream().filter(r -> r.matches("^\\d+,(DIRECT|INDIRECT|MIXED),.*"))).hasSize((int) statements);

    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("errors in the browser console").isEmpty();
  }

  @Test
  void marksAnInterruptedQuoteFragmentByFragment() {
    driver.get(TestServer.uri("/").toString());
    WebElement area = driver.findElement(By.id("article"));
    area.sendKeys("“We were better,” Alves said. “Then we stopped.”");
    driver.findElement(By.id("attribute")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(d -> !d.findElements(By.cssSelector("#text .st")).isEmpty());

    // the words between the fragments are the cue and the source, never what was said
    assertThat(driver.findElements(By.cssSelector("#text .st")).stream().map(WebElement::getText))
        .containsExactly("We were better,", "Then we stopped.");
    assertThat(driver.findElements(By.cssSelector("#text .cue")).stream().map(WebElement::getText))
        .containsExactly("said");
    assertThat(driver.findElements(By.cssSelector("#text .src")).stream().map(WebElement::getText))
        .containsExactly("Alves");
    assertThat(driver.findElements(By.cssSelector("#text .who"))).as("one badge per statement").hasSize(1);
  }

  private static Path awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!(Files.exists(file) && file.toFile().length() > 0) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(file).as("downloaded " + file.getFileName()).exists();
    return file;
  }
}
