# SPDX-License-Identifier: MIT
"""quorum-serve in a real browser (Debian's Chromium, driven by Selenium):
type a query and see the CLI's hits in its order, click a facet, open a hit,
follow "more like this", page on, copy a citation, and search a note full of
markup without any of it running. QUORUM_SCREENSHOT=FILE saves the results
page on corpus/ as a PNG (the README's picture)."""
import os
import shutil
import sys
import urllib.parse

from serve_harness import SKIP, Checks, Server, arguments

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("SKIPPED: python3-selenium is not installed (apt-get install python3-selenium)")
    sys.exit(SKIP)


def start_browser():
    chromium = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        print("SKIPPED: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
        sys.exit(SKIP)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1400"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


def hit_ids(browser):
    return [link.text for link in browser.find_elements(By.CSS_SELECTOR, "ol.hits li.hit h2 a")]


def query_of(browser):
    return urllib.parse.parse_qs(urllib.parse.urlparse(browser.current_url).query)


def person_searches(server, browser, checks):
    wait = WebDriverWait(browser, 10)
    browser.get(server.url)
    box = browser.find_element(By.ID, "q")
    checks.check(box.accessible_name == "Search the notes", "the search box has no label: %r" % box.accessible_name)
    box.send_keys("coordination with UN agencies", Keys.ENTER)
    wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.hits")))
    cli = [line["id"] for line in server.cli_json(["coordination with UN agencies"]) if line["type"] == "hit"]
    checks.check(hit_ids(browser) == cli, "page hits %s, CLI hits %s" % (hit_ids(browser), cli))
    if os.environ.get("QUORUM_SCREENSHOT"):
        browser.find_element(By.CSS_SELECTOR, "form.search details summary").click()
        browser.save_screenshot(os.environ["QUORUM_SCREENSHOT"])

    # A facet link adds its filter; its chip shows and, followed, removes it.
    facet = browser.find_element(By.CSS_SELECTOR, "aside.facets li a")
    value = facet.text
    facet.click()
    wait.until(lambda b: "meeting" in query_of(b))
    checks.check(query_of(browser)["meeting"] == [value], "facet link did not filter on %r" % value)
    meetings = {line["meeting"] for line in server.cli_json(["--meeting", value, "coordination with UN agencies"])
                if line["type"] == "hit"}
    checks.check(meetings == {value}, "the filter's hits are of other meetings: %s" % meetings)
    chip = browser.find_element(By.CSS_SELECTOR, "ul.chips a.chip")
    checks.check(value in chip.text, "no chip for the filter: %r" % chip.text)
    chip.click()
    wait.until(lambda b: "meeting" not in query_of(b))

    # Open the first hit: the paragraph, marked, among its meeting's.
    first = hit_ids(browser)[0]
    browser.find_element(By.CSS_SELECTOR, "ol.hits li.hit h2 a").click()
    wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "li.target")))
    checks.check(browser.find_element(By.TAG_NAME, "h1").text == first, "the hit's page is not " + first)
    checks.check(len(browser.find_elements(By.CSS_SELECTOR, "ol.meeting li.paragraph")) > 1, "no context paragraphs")
    copy = browser.find_element(By.CSS_SELECTOR, "button.copy")
    checks.check(copy.is_displayed() and copy.get_attribute("data-cite") == first,
                 "the copy button is hidden or cites something else (did the script run?)")
    browser.find_element(By.LINK_TEXT, "More like this").click()
    wait.until(lambda b: "like" in query_of(b))
    like = [line["id"] for line in server.cli_json(["--like", first]) if line["type"] == "hit"]
    checks.check(hit_ids(browser) == like and like, "more like this: page %s, CLI %s" % (hit_ids(browser), like))

    # Page on: the next page holds the CLI's next ten.
    browser.get(server.url + "?" + urllib.parse.urlencode({"q": "basin"}))
    browser.find_element(By.CSS_SELECTOR, "nav.pager a[rel=next]").click()
    wait.until(lambda b: query_of(b).get("page") == ["2"])
    second = [line["id"] for line in server.cli_json(["--page", "2", "basin"]) if line["type"] == "hit"]
    checks.check(hit_ids(browser) == second, "page 2: page %s, CLI %s" % (hit_ids(browser), second))
    start = browser.find_element(By.CSS_SELECTOR, "ol.hits").get_attribute("start")
    checks.check(start == "11", "page 2 does not number from 11: " + str(start))


def hostile_note_shows_as_text(server, browser, checks):
    browser.get(server.url + "?" + urllib.parse.urlencode({"q": "zebrafish", "limit": "10"}))
    try:
        alert = browser.switch_to.alert
        checks.check(False, "a note's script ran: " + alert.text)
    except NoAlertPresentException:
        pass
    text = browser.find_element(By.TAG_NAME, "main").text
    checks.check("<script>alert('text')</script>" in text, "the note's markup is not shown as text")
    checks.check(not browser.find_elements(By.CSS_SELECTOR, "main img, main h1"), "the note's markup became elements")
    logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    checks.check(not logs, "the browser reported errors: %s" % logs)


def main():
    index, search, serve, corpus = arguments()
    checks = Checks()
    browser = start_browser()
    server = Server(index, search, serve, corpus)
    try:
        person_searches(server, browser, checks)
        hostile_note_shows_as_text(server, browser, checks)
    finally:
        browser.quit()
        server.close()
    checks.exit()


if __name__ == "__main__":
    main()
