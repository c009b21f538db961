#!/usr/bin/env python3
"""Writes reports in the layouts of published ones, as LaTeX, with the URLs they cite (the gold).

Everything here is written for this benchmark (no third-party text): body sentences, titles, hosts
and paths are drawn from the word lists below with a seeded random generator, so that every run
makes the same documents. Layouts:

  footnotes   notes at the foot of each page, a running footer ("2019 Annual Index" + page number)
  refs        a "[N]" reference list after the body
  twocolumn   endnotes set in two columns, under "Notes"
  schemeless  endnotes whose URLs are printed without a scheme ("someindex.org/2019-indicators/")
  hyphens     footnotes on a narrow page: URLs broken at every break point, words inside them
              hyphenated by TeX (a hyphen that is not part of the URL)

Usage: generate.py OUT_DIR [DOCS_PER_LAYOUT] [SEED]
Writes OUT_DIR/<layout>-<n>.tex and OUT_DIR/<layout>-<n>.gold (one URL a line; a line
"schemeless <url>" when the document printed it without a scheme).
"""
import os
import random
import sys

BODY = [
    "The committee met four times during the year and heard evidence from regional offices.",
    "Water supply remained the most frequent subject of complaints received by the office.",
    "Several municipalities published their budgets online for the first time.",
    "The survey covered households in both urban and rural districts.",
    "Progress on the recommendations of the previous review was uneven.",
    "Observers noted that the new procedures shortened the time taken to answer requests.",
    "The index ranks each jurisdiction on six groups of indicators.",
    "Funding for the programme was renewed after an independent evaluation.",
    "Access to court records varies widely between the provinces studied.",
    "The working group recommended a single register of public contracts.",
    "Most respondents said that they had never used the online portal.",
    "The report draws on interviews with officials, journalists and civil society groups.",
    "Data for the earlier years were revised when the methodology changed.",
    "Transparency of procurement improved in seven of the twelve countries.",
    "The agency has not yet published the implementing regulations.",
    "A pilot project tested the approach in three small towns.",
    "Complaints about delays fell by a third over the period.",
    "The authors thank the reviewers for their comments on an earlier draft.",
]

TITLE_WORDS = [
    "Annual", "Review", "Water", "Budget", "Transparency", "Access", "Information", "Public",
    "Procurement", "Courts", "Municipal", "Survey", "Indicators", "Report", "Accountability",
    "Regional", "Development", "Open", "Data", "Records", "Governance", "Health", "Services",
    "Participation", "Infrastructure", "Environmental", "Oversight", "Elections", "Reform",
]

PEOPLE = [
    "Jane Roe", "John Doe", "Maria Rossi", "Ana Silva", "Peter Novak", "Li Wei", "Omar Haddad",
    "Sara Lind", "Tom Baker", "Eva Horvat", "Ivan Petrov", "Nina Berg",
]

ORGS = [
    "Open Records Institute", "Civic Data Lab", "Regional Audit Office", "Public Health Board",
    "Budget Watch", "Water Council", "Court Monitoring Network", "Municipal League",
]

HOST_WORDS = [
    "openrecords", "civicdata", "auditoffice", "healthboard", "budgetwatch", "watercouncil",
    "courtmonitor", "municipal-league", "someindex", "transparency-hub", "datacommons",
    "procurement-observatory", "policy-review", "eurodesk", "statbank",
]

TLDS = ["org", "org", "org", "net", "gov", "int", "eu", "co.uk", "de", "info", "ngo", "com"]

# Long words for paths: TeX hyphenates them when a URL breaks inside one.
PATH_WORDS = [
    "implementation", "accountability", "transparency", "environmental", "infrastructure",
    "responsibilities", "recommendations", "international", "development", "participation",
    "procurement", "indicators", "publications", "assessment", "monitoring", "governance",
    "municipalities", "expenditure", "information", "statistics", "reports", "annual", "water",
    "budget", "courts", "access", "data", "open", "review", "what", "is", "a", "the", "of", "for",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Cite:
    """One citation: its LaTeX and the URLs it prints."""

    def __init__(self, latex, urls):
        self.latex = latex
        self.urls = urls  # [(url, schemeless)]


def slug(rng, words):
    return "-".join(rng.choice(PATH_WORDS) for _ in range(words))


def make_url(rng, schemeless):
    host = rng.choice(HOST_WORDS) + "." + rng.choice(TLDS)
    if not schemeless and rng.random() < 0.5:
        host = "www." + host
    shape = rng.randrange(7)
    if shape == 0:
        path = "/%s/%d/%s.html" % (rng.choice(PATH_WORDS), rng.randrange(2005, 2023), slug(rng, 4))
    elif shape == 1:
        path = "/%s/%s/" % (rng.choice(PATH_WORDS), slug(rng, 3))
    elif shape == 2:
        path = "/files/%s_%d.pdf" % (rng.choice(PATH_WORDS), rng.randrange(1, 99))
    elif shape == 3:
        path = "/view.php?id=%d&lang=en" % rng.randrange(100, 99999)
    elif shape == 4:
        path = "/%d-%s/#%s" % (rng.randrange(2010, 2023), slug(rng, 2), rng.choice("ABCDEFG"))
    elif shape == 5:
        path = "/%s/%s" % (slug(rng, 2), rng.choice(PATH_WORDS) + rng.choice(PATH_WORDS))
    else:
        path = "/%s/%s.htm" % (rng.choice(PATH_WORDS), slug(rng, 5))
    if schemeless:
        return host + path
    return rng.choice(["https://", "https://", "http://"]) + host + path


def tex_url(url, breakable):
    """The URL as LaTeX: special characters escaped; with a break point after / . - = & ? when asked."""
    out = []
    scheme_end = url.find("://") + 3 if "://" in url else 0
    for i, c in enumerate(url):
        out.append({"#": r"\#", "&": r"\&", "%": r"\%", "_": r"\_", "~": r"\textasciitilde{}"}.get(c, c))
        before_end = i + 1 < len(url)
        inside_scheme = i < scheme_end - 1
        if breakable and before_end and not inside_scheme and c in "/.-=&?_":
            # glue after a break character lets TeX break there and hyphenate the next word
            out.append(r"\hspace{0pt}")
    return "".join(out)


def title(rng):
    return " ".join(rng.choice(TITLE_WORDS) for _ in range(rng.randrange(2, 6)))


def date(rng):
    return "%d %s %d" % (rng.randrange(1, 28), rng.choice(MONTHS), rng.randrange(2008, 2023))


def citation(rng, schemeless, breakable):
    form = rng.randrange(10)
    if form == 0:  # a book, no URL
        return Cite("%s, \\emph{%s} (London: %s, %d), p.~%d." % (
            rng.choice(PEOPLE), title(rng), rng.choice(ORGS), rng.randrange(1990, 2022), rng.randrange(2, 300)), [])
    url = make_url(rng, schemeless)
    shown = tex_url(url, breakable)
    if form == 1:  # two URLs in one sentence
        other = make_url(rng, schemeless)
        return Cite("Tools include %s and %s." % (shown, tex_url(other, breakable)),
                    [(url, schemeless), (other, schemeless)])
    if form == 2:
        return Cite("%s, \\emph{%s}, %s, %s, accessed %s." % (
            rng.choice(ORGS), title(rng), date(rng), shown, date(rng)), [(url, schemeless)])
    if form == 3:
        return Cite("``%s,'' %s, %s." % (title(rng), rng.choice(ORGS), shown), [(url, schemeless)])
    if form == 4:  # two citations separated by a semicolon
        other = make_url(rng, schemeless)
        return Cite("%s, ``%s,'' %s; %s, ``%s,'' %s." % (
            rng.choice(PEOPLE), title(rng), shown, rng.choice(PEOPLE), title(rng), tex_url(other, breakable)),
            [(url, schemeless), (other, schemeless)])
    if form == 5:  # commentary after the URL
        return Cite("%s, ``%s,'' %s. The figures were revised later." % (
            rng.choice(PEOPLE), title(rng), shown), [(url, schemeless)])
    return Cite("%s, ``%s,'' \\emph{%s}, %s, %s." % (
        rng.choice(PEOPLE), title(rng), rng.choice(ORGS), date(rng), shown), [(url, schemeless)])


def preamble(layout, paper, twocolumn=False):
    opts = "10pt,twocolumn" if twocolumn else "11pt"
    return "\n".join([
        "\\documentclass[%s]{article}" % opts,
        "\\usepackage[T1]{fontenc}",
        "\\usepackage{lmodern}",
        "\\usepackage[%s,margin=1.8cm]{geometry}" % paper,
        "\\usepackage{fancyhdr}",
        "\\pagestyle{fancy}\\fancyhf{}",
        "\\renewcommand{\\headrulewidth}{0pt}",
        "\\fancyfoot[L]{%d Annual Index}\\fancyfoot[R]{\\thepage}" % (2015 + len(layout)),
        "\\sloppy",
        "\\begin{document}",
        "\\section*{%s}" % "Open Records Review",
        "",
    ])


def paragraph(rng):
    return " ".join(rng.choice(BODY) for _ in range(rng.randrange(3, 7)))


def document(layout, rng, notes):
    schemeless = layout == "schemeless"
    breakable = True
    cites = [citation(rng, schemeless, breakable) for _ in range(notes)]
    if layout in ("footnotes", "hyphens"):
        paper = "a6paper" if layout == "hyphens" else "a5paper"
        parts = [preamble(layout, paper)]
        for cite in cites:
            parts.append(paragraph(rng) + "\\footnote{" + cite.latex + "}")
            parts.append("")
        parts.append("\\end{document}")
    elif layout == "refs":
        parts = [preamble(layout, "a5paper")]
        for i in range(len(cites)):
            parts.append(paragraph(rng) + " [%d]" % (i + 1))
            parts.append("")
        parts.append("\\begin{thebibliography}{99}")
        for i, cite in enumerate(cites):
            parts.append("\\bibitem{r%d} %s" % (i, cite.latex))
        parts.append("\\end{thebibliography}")
        parts.append("\\end{document}")
    else:
        parts = [preamble(layout, "a4paper", twocolumn=layout == "twocolumn")]
        for i in range(len(cites)):
            parts.append(paragraph(rng) + "$^{%d}$" % (i + 1))
            parts.append("")
        parts.append("\\section*{Notes}")
        parts.append("\\begin{enumerate}")
        for cite in cites:
            parts.append("\\item " + cite.latex)
        parts.append("\\end{enumerate}")
        parts.append("\\end{document}")
    gold = [("schemeless " if flag else "") + url for cite in cites for url, flag in cite.urls]
    return "\n".join(parts) + "\n", gold


LAYOUTS = ["footnotes", "refs", "twocolumn", "schemeless", "hyphens"]


def main():
    out = sys.argv[1]
    docs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    for layout in LAYOUTS:
        for n in range(docs):
            rng = random.Random("%s-%d-%d" % (layout, n, seed))
            tex, gold = document(layout, rng, rng.randrange(25, 45))
            with open(os.path.join(out, "%s-%d.tex" % (layout, n)), "w") as f:
                f.write(tex)
            with open(os.path.join(out, "%s-%d.gold" % (layout, n)), "w") as f:
                f.write("\n".join(gold) + "\n")


if __name__ == "__main__":
    main()
