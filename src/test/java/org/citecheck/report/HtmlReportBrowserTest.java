package org.citecheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Loads verification.html in headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs) and uses it as a reader would: the table renders, the verdict filter and the
 * search hide and show rows, the headers sort, and the page's own script and style run under its
 * Content-Security-Policy while the hostile strings stay text. Saves a screenshot under target/.
 */
class HtmlReportBrowserTest {

  private static final Path PAGE = Path.of("target/browser/verification.html").toAbsolutePath();
  private static final Path SCREENSHOT = Path.of("target/screenshots/verification-html.png");

  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void startChromium() throws IOException {
    File chromium = executable("chromium", "chromium-browser");
    File driver = executable("chromedriver");
    Files.createDirectories(PAGE.getParent());
    Files.writeString(PAGE, HtmlReport.format(ReportFixture.context()));
    profile = Files.createTempDirectory("citecheck-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1100",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
      }
    }
  }

  @BeforeEach
  void load() {
    browser.get(PAGE.toUri().toString());
  }

  @Test
  void rendersEveryRowAndRunsOnlyItsOwnScriptAndStyle() throws IOException {
    assertEquals(10, browser.findElements(By.cssSelector("#results tbody tr")).size());
    assertTrue(
        browser.findElement(By.id("controls")).isDisplayed(),
        "the script ran under the page's CSP");
    assertEquals("10 of 10 shown", browser.findElement(By.id("shown")).getText());
    String badge =
        browser.findElement(By.cssSelector("tr.v-dead .badge")).getCssValue("background-color");
    assertEquals("rgba(207, 34, 46, 1)", badge, "the stylesheet applied under the page's CSP");
    assertThrows(
        NoAlertPresentException.class, () -> browser.switchTo().alert(), "no hostile script ran");
    assertEquals(
        "Erdoğan: Time to resolve <img src=x onerror=alert(1)>",
        browser
            .findElements(By.cssSelector("#results tbody tr"))
            .get(6)
            .findElements(By.tagName("td"))
            .get(1)
            .getText());
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    assertTrue(Files.size(SCREENSHOT) > 10_000, "a real screenshot");
  }

  @Test
  void verdictFilterHidesAndShowsRows() {
    verdictBox("alive").click();
    assertEquals(
        List.of(
            "dead",
            "soft-404",
            "redirected",
            "blocked",
            "unreachable",
            "invalid",
            "dead",
            "offline",
            "skipped"),
        visibleVerdicts());
    verdictBox("dead").click();
    assertEquals(
        List.of(
            "soft-404", "redirected", "blocked", "unreachable", "invalid", "offline", "skipped"),
        visibleVerdicts());
    assertEquals("7 of 10 shown", browser.findElement(By.id("shown")).getText());
    verdictBox("alive").click();
    assertEquals("alive", visibleVerdicts().get(0));
    assertEquals(8, visibleVerdicts().size());
  }

  @Test
  void searchMatchesAnyCellText() {
    browser.findElement(By.id("search")).sendKeys("TASS.com");
    assertEquals(List.of("redirected"), visibleVerdicts());
    browser.findElement(By.id("search")).clear();
    browser.findElement(By.id("search")).sendKeys("karabakh");
    assertEquals(List.of("unreachable"), visibleVerdicts());
    browser.findElement(By.id("search")).clear();
    browser.findElement(By.id("search")).sendKeys("КАРАБАХ");
    assertEquals(List.of("redirected"), visibleVerdicts(), "case-insensitive beyond ASCII");
    verdictBox("redirected").click();
    assertEquals(List.of(), visibleVerdicts(), "search and verdict filter combine");
    assertEquals("0 of 10 shown", browser.findElement(By.id("shown")).getText());
  }

  @Test
  void headersSortBothWays() {
    header("Verdict").click();
    assertEquals(
        List.of(
            "alive",
            "redirected",
            "soft-404",
            "dead",
            "dead",
            "blocked",
            "unreachable",
            "offline",
            "invalid",
            "skipped"),
        visibleVerdicts());
    header("Verdict").click();
    assertEquals("skipped", visibleVerdicts().get(0));
    header("Note").click();
    assertEquals("ascending", headerCell("Note").getAttribute("aria-sort"));
    header("Note").click();
    assertEquals("descending", headerCell("Note").getAttribute("aria-sort"));
    assertEquals(List.of("12", "12", "11", "10", "9", "9", "8", "6", "5", "4"), column(0));
    header("HTTP").click();
    assertEquals(
        List.of("200", "200", "200", "403", "404", "404", "", "", "", ""),
        column(5),
        "blanks sort last");
    header("Cited title").click();
    List<String> titles = column(1);
    assertEquals(
        titles.stream()
            .sorted(Comparator.comparing((String title) -> title.toLowerCase(Locale.ROOT)))
            .toList(),
        titles,
        "text columns sort case-insensitively");
    assertEquals(List.of("", "", "After the Karabakh conflict"), titles.subList(0, 3));
    assertEquals(ReportFixture.RTL_TITLE, titles.get(9));
  }

  private WebElement verdictBox(String verdict) {
    return browser.findElement(By.cssSelector("#controls input[data-verdict='" + verdict + "']"));
  }

  private WebElement headerCell(String name) {
    return browser.findElements(By.cssSelector("#results thead th")).stream()
        .filter(th -> th.getText().startsWith(name))
        .findFirst()
        .orElseThrow();
  }

  private WebElement header(String name) {
    return headerCell(name).findElement(By.tagName("button"));
  }

  private List<String> visibleVerdicts() {
    return browser.findElements(By.cssSelector("#results tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .map(row -> row.getAttribute("data-verdict"))
        .toList();
  }

  private List<String> column(int index) {
    return browser.findElements(By.cssSelector("#results tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).get(index).getText())
        .toList();
  }

  /** The first of the names found on the PATH; fails, saying how to install it, when none is. */
  private static File executable(String... names) {
    for (String name : names) {
      Optional<File> found =
          Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
              .map(folder -> new File(folder, name))
              .filter(File::canExecute)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    fail(
        names[0]
            + " was not found on the PATH: this test drives Debian's chromium and chromium-driver "
            + "packages; run .ci/run, which installs them");
    return null;
  }
}
