#!/usr/bin/env python3
"""Writes the corpus of report files under src/test/resources/reports/real/ and its manifest, corpus.csv.

The layouts are those of real exports (Google Ads UI and Editor, Meta Ads Manager, GA4, Excel's own "CSV" and
"Unicode text" saves, an agency's hand-made sheet), filled with made-up Taiwanese figures from a fixed seed, so the
files are the same on every run. Clean files are consistent in every way the checks look at; each planted file has
exactly one problem. Run it from the project root after changing a layout:

    python3 src/test/python/make_report_corpus.py

It needs openpyxl for the two workbooks. The manifest gives, per file: the format and text encoding Baton must read,
the month, the data row count, the sums of impressions, clicks and cost, and what the check must say (CLEAN, a flag
code, or REFUSED:<message key>).
"""
import csv
import io
import math
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

OUT = Path("src/test/resources/reports/real")
rng = random.Random(20261201)
MONTH = "2026-11"
DAYS = [f"2026-11-{d:02d}" for d in range(1, 31)]
manifest = []


def q(x, places="0.01"):
    return Decimal(str(x)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def logu(lo, hi):
    return 10 ** rng.uniform(math.log10(lo), math.log10(hi))


def metrics(scale=1.0, fractional_conversions=False):
    """One row's raw figures, spread over orders of magnitude as real ones are."""
    impressions = max(50, int(logu(300, 60000) * scale))
    clicks = max(1, int(impressions * logu(0.006, 0.08)))
    cost = q(clicks * logu(4, 45))
    conv = clicks * logu(0.005, 0.09)
    conversions = q(conv) if fractional_conversions else Decimal(int(conv))
    conversions = min(conversions, Decimal(clicks))
    value = q(float(conversions) * logu(300, 3500)) if conversions > 0 else Decimal("0.00")
    if cost % 1000 == 0:
        cost += Decimal("0.37")
    return {"impr": impressions, "clicks": clicks, "cost": cost, "conv": conversions, "value": value}


def thousands(n):
    if isinstance(n, Decimal):
        return f"{n:,.2f}"
    return f"{n:,}"


def pct(numerator, denominator):
    return f"{q(Decimal(numerator) * 100 / Decimal(denominator))}%" if denominator else "--"


def ratio(numerator, denominator, places="0.01"):
    return str(q(Decimal(numerator) / Decimal(denominator), places)) if denominator else "--"


def sums(rows):
    return {
        k: sum((r[k] for r in rows), Decimal(0) if isinstance(rows[0][k], Decimal) else 0)
        for k in ("impr", "clicks", "cost", "conv", "value")
    }


def write_text(name, text, encoding, bom=False):
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    (OUT / name).write_bytes(data)


def to_csv(lines, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for line in lines:
        writer.writerow(line)
    return buffer.getvalue()


def record(name, fmt, encoding, rows, expect="CLEAN", month=MONTH, mapping=""):
    total = sums(rows) if rows else {"impr": 0, "clicks": 0, "cost": Decimal(0)}
    manifest.append([name, fmt, encoding, month, len(rows), total["impr"], total["clicks"],
                     f"{total['cost']:.2f}", expect, mapping])


CAMPAIGNS_ZH = ["品牌字-台北", "冬季茶禮盒", "再行銷 30 天", "購物廣告-全商品", "關鍵字-烏龍茶", "關鍵字-東方美人",
                "多媒體再行銷", "YouTube 開箱", "母親節預購", "企業送禮"]
CAMPAIGNS_EN = ["Brand search", "Winter tea gifts", "Remarketing 30d", "Shopping - all products", "Oolong keywords",
                "Oriental Beauty", "Display remarketing", "YouTube unboxing", "Mother's Day pre-order", "Corporate gifts"]


def campaign_rows(names, days=None, split=None, fractional=False, scale=1.0):
    """Rows of (day, campaign, split value) → metrics; split is a list of breakdown values or None."""
    rows = []
    for day in days or [None]:
        for name in names:
            for part in split or [None]:
                m = metrics(scale, fractional)
                m.update({"day": day, "campaign": name, "part": part})
                rows.append(m)
    return rows


# ---------------------------------------------------------------------------------------------------- Google Ads
def google_ads(name, rows, *, lang="en", title=True, day_word=None, part_header=None, stated=True,
               encoding="utf-8", bom=False, delimiter=",", totals=("Total: Campaigns", "Total: Account"),
               partial_totals=(), currency_col=True, campaign_types=None, fmt_numbers=True):
    en = lang == "en"
    header = []
    if day_word:
        header.append(day_word)
    if en:
        header += ["Campaign status", "Campaign"]
    else:
        header += ["廣告活動狀態", "廣告活動"]
    if part_header:
        header.append(part_header)
    if campaign_types:
        header.append("Campaign type" if en else "廣告活動類型")
    if currency_col:
        header.append("Currency code" if en else "貨幣代碼")
    if en:
        header += ["Impr.", "Clicks"] + (["CTR", "Avg. CPC"] if stated else []) + ["Cost", "Conversions"]
        header += (["Conv. rate", "Cost / conv."] if stated else []) + ["Conv. value"] + (["Conv. value / cost"] if stated else [])
    else:
        header += ["曝光", "點擊"] + (["點閱率", "平均單次點擊費用"] if stated else []) + ["費用", "轉換"]
        header += (["轉換率", "單次轉換費用"] if stated else []) + ["轉換價值"] + (["轉換價值/費用"] if stated else [])
    lines = []
    if title:
        lines.append(["Campaign report" if en else "廣告活動報表"])
        lines.append(["November 1, 2026 - November 30, 2026" if en else "2026年11月1日 - 2026年11月30日"])
    lines.append(header)
    fmt = thousands if fmt_numbers else str

    def figures(m, data=True):
        out = [fmt(m["impr"]), fmt(m["clicks"])]
        if stated:
            out += [pct(m["clicks"], m["impr"]), ratio(m["cost"], m["clicks"])] if data else ["--", "--"]
        out += [fmt(m["cost"]), str(m["conv"])]
        if stated:
            out += [pct(m["conv"], m["clicks"]), ratio(m["cost"], m["conv"])] if data else ["--", "--"]
        out += [fmt(m["value"])]
        if stated:
            out += [ratio(m["value"], m["cost"])] if data else ["--"]
        return out

    for m in rows:
        line = [m["day"]] if day_word else []
        line += ["Enabled" if en else "已啟用", m["campaign"]]
        if part_header:
            line.append(m["part"])
        if campaign_types:
            line.append(campaign_types[m["campaign"]])
        if currency_col:
            line.append("TWD")
        lines.append(line + figures(m))
    blanks = len(header) - len(figures(rows[0]))
    for label in totals:
        lines.append([label] + ["--"] * (blanks - 1 - (1 if currency_col else 0)) + (["TWD"] if currency_col else []) + figures(sums(rows), False))
    for label, subset in partial_totals:
        part = [r for r in rows if subset(r)]
        lines.append([label] + ["--"] * (blanks - 1 - (1 if currency_col else 0)) + (["TWD"] if currency_col else []) + figures(sums(part), False))
    write_text(name, to_csv(lines, delimiter), encoding, bom)
    return rows


types = {c: t for c, t in zip(CAMPAIGNS_EN, ["Search", "Search", "Display", "Shopping", "Search", "Search", "Display", "Video", "Search", "Search"])}
rows = campaign_rows(CAMPAIGNS_EN[:6], scale=20, fractional=True)
google_ads("google-ads-campaigns-en.csv", rows, campaign_types=types,
           totals=("Total: Account", "Total: Campaigns"),
           partial_totals=[("Total: Search", lambda r: types[r["campaign"]] == "Search"),
                           ("Total: Display", lambda r: types[r["campaign"]] == "Display")])
record("google-ads-campaigns-en.csv", "GOOGLE_ADS", "UTF_8", rows)

types_zh = {c: t for c, t in zip(CAMPAIGNS_ZH, ["搜尋", "搜尋", "多媒體", "購物", "搜尋", "搜尋", "多媒體", "影片", "搜尋", "搜尋"])}
rows = campaign_rows(CAMPAIGNS_ZH[:7], scale=15, fractional=True)
google_ads("google-ads-campaigns-zhtw.csv", rows, lang="zh", campaign_types=types_zh,
           totals=("總計: 帳戶",), partial_totals=[("總計: 搜尋", lambda r: types_zh[r["campaign"]] == "搜尋")])
record("google-ads-campaigns-zhtw.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_EN[:2], days=DAYS)
google_ads("google-ads-daily-en.csv", rows, day_word="Day", totals=("Total: Account",))
record("google-ads-daily-en.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_ZH[:2], days=DAYS)
google_ads("google-ads-daily-zhtw-tian.csv", rows, lang="zh", day_word="天", totals=("總計: 帳戶",))
record("google-ads-daily-zhtw-tian.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_ZH[2:5], days=DAYS)
google_ads("google-ads-daily-zhtw-ri.csv", rows, lang="zh", day_word="日", stated=False, title=False,
           totals=("總計",))
record("google-ads-daily-zhtw-ri.csv", "GOOGLE_ADS", "UTF_8", rows)

forty = [f"{CAMPAIGNS_ZH[i % 10]} #{i + 1:02d}" for i in range(40)]
rows = campaign_rows(forty, days=DAYS, scale=0.5)
google_ads("google-ads-daily-40-campaigns.csv", rows, lang="zh", day_word="天", stated=False,
           totals=("總計: 帳戶",))
record("google-ads-daily-40-campaigns.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_EN[:2], days=DAYS[:10], split=["Computers", "Mobile phones", "Tablets"])
google_ads("google-ads-daily-device-en.csv", rows, day_word="Day", part_header="Device", totals=("Total: Account",))
record("google-ads-daily-device-en.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_EN[:2], days=DAYS[:15], split=["Google search", "Search partners"])
google_ads("google-ads-daily-network-en.csv", rows, day_word="Day", part_header="Network (with search partners)",
           totals=("Total: Account",))
record("google-ads-daily-network-en.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_ZH[:2], days=DAYS[:15], split=["高山茶", "禮盒組"])
google_ads("google-ads-daily-adgroup-zhtw.csv", rows, lang="zh", day_word="天", part_header="廣告群組",
           totals=("總計: 帳戶",))
record("google-ads-daily-adgroup-zhtw.csv", "GOOGLE_ADS", "UTF_8", rows)

rows = campaign_rows(CAMPAIGNS_ZH[:4], days=DAYS[:10], scale=2)
google_ads("google-ads-daily-zhtw-big5.csv", rows, lang="zh", day_word="天", encoding="cp950",
           totals=("總計: 帳戶",))
record("google-ads-daily-zhtw-big5.csv", "GOOGLE_ADS", "BIG5", rows)

rows = campaign_rows(CAMPAIGNS_ZH[:5], scale=10, fractional=True)
google_ads("google-ads-campaigns-zhtw-unicode-text.txt", rows, lang="zh", campaign_types=types_zh,
           encoding="utf-16-le", bom=True, delimiter="\t", totals=("總計: 帳戶",))
record("google-ads-campaigns-zhtw-unicode-text.txt", "GOOGLE_ADS", "UTF_16LE", rows)

rows = campaign_rows(CAMPAIGNS_EN[:3], scale=8, fractional=True)
google_ads("google-ads-campaigns-en-utf16be.txt", rows, encoding="utf-16-be", bom=True, delimiter="\t",
           totals=("Total: Account",))
record("google-ads-campaigns-en-utf16be.txt", "GOOGLE_ADS", "UTF_16BE", rows)


def editor(name, rows):
    """Google Ads Editor's export: tab-separated UTF-16LE with a BOM, settings columns beside the statistics."""
    header = ["Campaign", "Campaign Type", "Networks", "Budget", "Budget type", "Bid Strategy Type", "Campaign Status",
              "Clicks", "Impr.", "CTR", "Avg. CPC", "Cost", "Conversions", "Cost / conv.", "Conv. rate"]
    lines = [header]
    for m in rows:
        lines.append([m["campaign"], "Search", "Google search;Search Partners", "1500", "Daily", "Maximize conversions",
                      "Enabled", str(m["clicks"]), str(m["impr"]), pct(m["clicks"], m["impr"]),
                      ratio(m["cost"], m["clicks"]), str(m["cost"]), str(m["conv"]),
                      ratio(m["cost"], m["conv"]), pct(m["conv"], m["clicks"])])
    write_text(name, to_csv(lines, "\t"), "utf-16-le", bom=True)


rows = campaign_rows(CAMPAIGNS_ZH[:6], scale=12, fractional=True)
editor("google-ads-editor-export.csv", rows)
record("google-ads-editor-export.csv", "GOOGLE_ADS", "UTF_16LE", rows)


# ---------------------------------------------------------------------------------------------------- Meta
def meta(name, rows, *, lang="en", day_col=False, day_in_period=False, parts=(), encoding="utf-8", bom=True,
         delimiter=",", stated=True, currency="TWD", roas=True, summary=True):
    en = lang == "en"
    cur = f" ({currency})"
    header = []
    if day_col:
        header.append("Day" if en else "天")
    header += ["Reporting starts", "Reporting ends"] if en else ["開始報告", "結束報告"]
    header.append("Campaign name" if en else "行銷活動名稱")
    names = {"adset": ("Ad set name", "廣告組合名稱"), "ad": ("Ad name", "廣告名稱"), "age": ("Age", "年齡"),
             "gender": ("Gender", "性別")}
    for p in parts:
        header.append(names[p][0 if en else 1])
    header += (["Attribution setting", "Results", "Result indicator", "Reach", "Impressions"] if en else
               ["歸因設定", "成果", "成果指標", "觸及人數", "曝光次數"])
    if stated:
        header.append("Cost per results" + cur if en else "每次成果成本" + cur)
    header.append("Amount spent" + cur if en else "花費金額" + cur)
    if stated:
        header.append("CPM (cost per 1,000 impressions)" + cur if en else "CPM（每千次廣告曝光成本）" + cur)
    header.append("Link clicks" if en else "連結點擊次數")
    if stated:
        header += (["CPC (cost per link click)" + cur, "CTR (link click-through rate)"] if en else
                   ["CPC（單次連結點擊成本）" + cur, "CTR（連結點閱率）"])
    header.append("Purchases conversion value" if en else "購買轉換值")
    if stated and roas:
        header.append("Purchase ROAS (return on ad spend)" if en else "購買 ROAS（廣告投資報酬率）")

    def figures(m, data=True):
        reach = int(m["impr"] / rng.uniform(1.2, 2.5))
        out = ["7-day click or 1-day view" if en else "點擊後 7 天或瀏覽後 1 天" if data else "",
               str(m["conv"]), "actions:offsite_conversion.fb_pixel_purchase" if data else "",
               str(reach), str(m["impr"])]
        if stated:
            out.append(ratio(m["cost"], m["conv"]) if m["conv"] else "")
        out.append(str(m["cost"]))
        if stated:
            out.append(ratio(m["cost"] * 1000, m["impr"]))
        out.append(str(m["clicks"]))
        if stated:
            out += [ratio(m["cost"], m["clicks"]), ratio(Decimal(m["clicks"]) * 100, m["impr"], "0.000001")]
        out.append(str(m["value"]))
        if stated and roas:
            out.append(ratio(m["value"], m["cost"]) if m["value"] else "")
        return out

    lines = [header]
    if summary:
        total = sums(rows)
        line = ([""] if day_col else []) + ["2026-11-01", "2026-11-30", ""] + [""] * len(parts)
        lines.append(line + figures(total, False))
    for m in rows:
        line = [m["day"]] if day_col else []
        if day_col and not day_in_period:
            line += ["2026-11-01", "2026-11-30"]
        elif m["day"]:
            line += [m["day"], m["day"]]
        else:
            line += ["2026-11-01", "2026-11-30"]
        line.append(m["campaign"])
        for p in m["parts"]:
            line.append(p)
        lines.append(line + figures(m))
    write_text(name, to_csv(lines, delimiter), encoding, bom)


def meta_rows(names, days=None, parts=None, scale=1.0):
    out = []
    for day in days or [None]:
        for name in names:
            for p in parts or [()]:
                m = metrics(scale)
                m.update({"day": day, "campaign": name, "parts": p})
                out.append(m)
    return out


META_EN = ["Winter tea gift sets", "Retargeting 30 days", "Lookalike 1% buyers", "New year pre-order"]
META_ZH = ["冬季禮盒", "再行銷 30 天", "類似受眾 1%", "新年預購", "茶具組合"]

rows = meta_rows(META_EN, scale=30)
meta("meta-campaigns-en.csv", rows)
record("meta-campaigns-en.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_ZH, scale=30)
meta("meta-campaigns-zhtw.csv", rows, lang="zh")
record("meta-campaigns-zhtw.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_EN[:2], days=DAYS)
meta("meta-daily-day-breakdown-en.csv", rows, day_col=True)
record("meta-daily-day-breakdown-en.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_ZH[:3], days=DAYS)
meta("meta-daily-day-breakdown-zhtw.csv", rows, lang="zh", day_col=True)
record("meta-daily-day-breakdown-zhtw.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_EN[:2], days=DAYS)
meta("meta-daily-by-period-en.csv", rows, stated=False)
record("meta-daily-by-period-en.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_EN[:2], parts=[("Broad 25-54",), ("Tea lovers",), ("Website visitors 30d",)], scale=8)
meta("meta-adsets-en.csv", rows, parts=("adset",))
record("meta-adsets-en.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_ZH[:2], days=DAYS[:14], parts=[("廣泛 25-54",), ("愛茶人",)])
meta("meta-adsets-daily-zhtw.csv", rows, lang="zh", day_col=True, parts=("adset",))
record("meta-adsets-daily-zhtw.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_EN[:2], parts=[("Broad 25-54", "Video 15s"), ("Broad 25-54", "Carousel"),
                                     ("Tea lovers", "Video 15s"), ("Tea lovers", "Carousel")], scale=5)
meta("meta-ads-level-en.csv", rows, parts=("adset", "ad"))
record("meta-ads-level-en.csv", "META_ADS", "UTF_8", rows)

AGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
rows = meta_rows(META_EN[:3], parts=[(a,) for a in AGES], scale=6)
meta("meta-age-breakdown-en.csv", rows, parts=("age",))
record("meta-age-breakdown-en.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_ZH[:2], parts=[(a, g) for a in AGES for g in ("女性", "男性", "不明")], scale=3)
meta("meta-age-gender-zhtw.csv", rows, lang="zh", parts=("age", "gender"))
record("meta-age-gender-zhtw.csv", "META_ADS", "UTF_8", rows)

rows = meta_rows(META_ZH[:4], scale=25)
meta("meta-campaigns-zhtw-big5.csv", rows, lang="zh", encoding="cp950", bom=False, roas=False)
record("meta-campaigns-zhtw-big5.csv", "META_ADS", "BIG5", rows)

rows = meta_rows(META_ZH[:3], days=DAYS[:7])
meta("meta-daily-zhtw-unicode-text.txt", rows, lang="zh", day_col=True, encoding="utf-16-le", delimiter="\t")
record("meta-daily-zhtw-unicode-text.txt", "META_ADS", "UTF_16LE", rows)


# ---------------------------------------------------------------------------------------------------- GA4
def ga4(name, lang="en", by_date=False):
    en = lang == "en"
    channels = (["Organic Search", "Paid Search", "Direct", "Paid Social", "Referral", "Email"] if en else
                ["自然搜尋", "付費搜尋", "直接", "付費社群", "參照連結網址", "電子郵件"])
    lines = [["# ----------------------------------------"],
             ["# Traffic acquisition: Session primary channel group (Default Channel Group)" if en else "# 流量開發：工作階段主要管道群組 (預設管道群組)"],
             ["# Account: Demo Tea Co." if en else "# 帳戶：示範茶行"],
             ["# Property: demotea.example" if en else "# 資源：demotea.example"],
             ["# ----------------------------------------"], ["#"],
             ["# Start date: 20261101"], ["# End date: 20261130"], []]
    header = ["Session primary channel group (Default Channel Group)" if en else "工作階段主要管道群組 (預設管道群組)"]
    if by_date:
        header.append("Date" if en else "日期")
    header += (["Users", "Sessions", "Key events", "Total revenue"] if en else ["使用者", "工作階段", "重要事件", "總收益"])
    lines.append(header)
    n = 0
    for c in channels:
        for d in (DAYS if by_date else [None]):
            users = int(logu(40, 9000) * (1 if by_date else 20))
            sessions = int(users * rng.uniform(1.1, 1.6))
            events = int(sessions * logu(0.004, 0.05))
            revenue = q(events * logu(400, 3000)) if events else Decimal("0")
            lines.append([c] + ([d.replace("-", "")] if by_date else []) + [str(users), str(sessions), str(events), str(revenue)])
            n += 1
    write_text(name, to_csv(lines), "utf-8")
    manifest.append([name, "GA4", "UTF_8", MONTH, n, 0, 0, "0.00", "CLEAN", ""])


ga4("ga4-traffic-acquisition-en.csv")
ga4("ga4-traffic-acquisition-zhtw.csv", lang="zh")
ga4("ga4-traffic-acquisition-daily-en.csv", by_date=True)


# ---------------------------------------------------------------------------------------------------- Baton template
def template(name, rows, lang="en", encoding="utf-8", bom=False, delimiter=","):
    header = (["date", "channel", "campaign", "impressions", "clicks", "cost", "conversions", "conversion_value",
               "new_customers"] if lang == "en" else
              ["日期", "管道", "廣告活動", "曝光", "點擊", "費用", "轉換", "轉換價值", "新客數"])
    lines = [header]
    for m in rows:
        lines.append([m["day"], m["part"], m["campaign"], str(m["impr"]), str(m["clicks"]), str(m["cost"]),
                      str(m["conv"]), str(m["value"]), str(min(int(m["conv"]), int(m["conv"] * Decimal("0.4")) + 1) if m["conv"] else 0)])
    write_text(name, to_csv(lines, delimiter), encoding, bom)


rows = campaign_rows(["Brand search", "Tea gift sets"], days=DAYS, split=["GOOGLE_ADS", "META_ADS"])
template("baton-template-en.csv", rows)
record("baton-template-en.csv", "BATON_TEMPLATE", "UTF_8", rows)

rows = campaign_rows(["品牌字", "冬季禮盒"], days=DAYS, split=["GOOGLE_ADS", "LINE"])
template("baton-template-zhtw-big5.csv", rows, lang="zh", encoding="cp950")
record("baton-template-zhtw-big5.csv", "BATON_TEMPLATE", "BIG5", rows)

rows = campaign_rows(["品牌字", "冬季禮盒", "官方帳號推播"], days=DAYS[:20], split=["LINE"])
template("baton-template-zhtw-unicode-text.txt", rows, lang="zh", encoding="utf-16-le", bom=True, delimiter="\t")
record("baton-template-zhtw-unicode-text.txt", "BATON_TEMPLATE", "UTF_16LE", rows)

rows = campaign_rows(["品牌字", "冬季禮盒"], days=DAYS, split=["GOOGLE_ADS"])
template("baton-template-zhtw-utf8-bom.csv", rows, lang="zh", bom=True)
record("baton-template-zhtw-utf8-bom.csv", "BATON_TEMPLATE", "UTF_8", rows)

# an agency's own sheet, read through the layout it saved once (Big5, as its Excel saves it)
rows = campaign_rows(["春茶預購", "冬季禮盒", "門市來客"], days=DAYS, split=["FB/IG"])
lines = [["日期", "媒體", "活動名稱", "曝光數", "點擊數", "花費(元)", "訂單數"]]
for m in rows:
    lines.append([m["day"].replace("-", "/"), m["part"], m["campaign"], str(m["impr"]), str(m["clicks"]),
                  str(m["cost"]), str(m["conv"])])
write_text("agency-own-layout-big5.csv", to_csv(lines), "cp950")
record("agency-own-layout-big5.csv", "VENDOR_MAPPING", "BIG5", rows,
       mapping="日期=DATE;媒體=CHANNEL;活動名稱=CAMPAIGN;曝光數=IMPRESSIONS;點擊數=CLICKS;花費(元)=COST;訂單數=CONVERSIONS")


# ---------------------------------------------------------------------------------------------------- workbooks
def workbook(name, lines):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    for line in lines:
        sheet.append(line)
    book.save(OUT / name)


rows = campaign_rows(CAMPAIGNS_EN[:3], days=DAYS)
lines = [["Campaign report"], ["November 1, 2026 - November 30, 2026"],
         ["Day", "Campaign", "Currency code", "Impr.", "Clicks", "Cost", "Conversions", "Conv. value"]]
for m in rows:
    lines.append([m["day"], m["campaign"], "TWD", m["impr"], m["clicks"], float(m["cost"]), float(m["conv"]), float(m["value"])])
t = sums(rows)
lines.append(["Total: Account", "--", "TWD", t["impr"], t["clicks"], float(t["cost"]), float(t["conv"]), float(t["value"])])
workbook("google-ads-daily-en.xlsx", lines)
record("google-ads-daily-en.xlsx", "GOOGLE_ADS", "", rows)

rows = meta_rows(META_EN[:3], days=DAYS[:10])
lines = [["Day", "Reporting starts", "Reporting ends", "Campaign name", "Results", "Impressions", "Amount spent (TWD)",
          "Link clicks"]]
for m in rows:
    lines.append([m["day"], "2026-11-01", "2026-11-30", m["campaign"], float(m["conv"]), m["impr"], float(m["cost"]), m["clicks"]])
workbook("meta-daily-day-breakdown-en.xlsx", lines)
record("meta-daily-day-breakdown-en.xlsx", "META_ADS", "", rows)


# ---------------------------------------------------------------------------------------------------- planted
# each with exactly one problem the check must still find

rows = campaign_rows(CAMPAIGNS_EN[:2], days=DAYS)
dup = dict(rows[10])
rows.insert(11, dup)
google_ads("planted-google-ads-daily-duplicate-day.csv", rows, day_word="Day", totals=("Total: Account",))
record("planted-google-ads-daily-duplicate-day.csv", "GOOGLE_ADS", "UTF_8", rows, expect="DUPLICATE_ROW")

rows = meta_rows(META_EN[:2], parts=[("Broad 25-54",), ("Tea lovers",)], scale=8)
meta("planted-meta-adsets-stated-cpc.csv", rows, parts=("adset",))
path = OUT / "planted-meta-adsets-stated-cpc.csv"
text = path.read_bytes().decode("utf-8-sig")
lines = list(csv.reader(io.StringIO(text)))
cpc = lines[0].index("CPC (cost per link click) (TWD)")
lines[3][cpc] = str(q(Decimal(lines[3][cpc]) * Decimal("0.7")))  # the stated CPC 30 % below what spend / clicks give
write_text("planted-meta-adsets-stated-cpc.csv", to_csv(lines), "utf-8", bom=True)
record("planted-meta-adsets-stated-cpc.csv", "META_ADS", "UTF_8", rows, expect="DERIVED_MISMATCH")

rows = campaign_rows(CAMPAIGNS_ZH[:4], scale=10, fractional=True)
google_ads("planted-google-ads-roas-inflated.csv", rows, lang="zh", totals=("總計: 帳戶",))
path = OUT / "planted-google-ads-roas-inflated.csv"
lines = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
roas_col = lines[2].index("轉換價值/費用")
lines[4][roas_col] = str(q(Decimal(lines[4][roas_col]) * 2 + 1))  # stated ROAS doubled
write_text("planted-google-ads-roas-inflated.csv", to_csv(lines), "utf-8")
record("planted-google-ads-roas-inflated.csv", "GOOGLE_ADS", "UTF_8", rows, expect="DERIVED_MISMATCH")

rows = meta_rows(META_EN[:3], scale=20)
meta("planted-meta-usd.csv", rows, currency="USD")
record("planted-meta-usd.csv", "META_ADS", "UTF_8", rows, expect="REFUSED:report.currencyNotCompany")

rows = campaign_rows(["品牌字", "冬季禮盒"], days=DAYS[:12], split=["GOOGLE_ADS"])
rows[5]["clicks"] = rows[5]["impr"] + 37  # more clicks than impressions
template("planted-template-big5-clicks-exceed.csv", rows, lang="zh", encoding="cp950")
record("planted-template-big5-clicks-exceed.csv", "BATON_TEMPLATE", "BIG5", rows, expect="CLICKS_EXCEED_IMPRESSIONS")

rows = campaign_rows(CAMPAIGNS_ZH[:4], scale=10, fractional=True)
google_ads("planted-google-ads-utf16-totals.txt", rows, lang="zh", encoding="utf-16-le", bom=True, delimiter="\t",
           totals=("總計: 帳戶",))
path = OUT / "planted-google-ads-utf16-totals.txt"
text = path.read_bytes()[2:].decode("utf-16-le")
lines = list(csv.reader(io.StringIO(text), delimiter="\t"))
cost_col = lines[2].index("費用")
lines[-1][cost_col] = f"{Decimal(lines[-1][cost_col].replace(',', '')) + 25000:,.2f}"  # the total claims 25,000 more
write_text("planted-google-ads-utf16-totals.txt", to_csv(lines, "\t"), "utf-16-le", bom=True)
record("planted-google-ads-utf16-totals.txt", "GOOGLE_ADS", "UTF_16LE", rows, expect="TOTALS_MISMATCH")

rows = meta_rows(META_ZH[:2], days=DAYS)
rows[40]["day"] = "2026-12-01"  # a day of the next month in November's report
meta("planted-meta-daily-day-outside.csv", rows, lang="zh", day_col=True)
record("planted-meta-daily-day-outside.csv", "META_ADS", "UTF_8", rows, expect="DATE_OUTSIDE_PERIOD")

rows = meta_rows(META_EN[:2], scale=20)
meta("planted-meta-cpm-understated.csv", rows)
path = OUT / "planted-meta-cpm-understated.csv"
lines = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
cpm = lines[0].index("CPM (cost per 1,000 impressions) (TWD)")
lines[2][cpm] = str(q(Decimal(lines[2][cpm]) / 2))
write_text("planted-meta-cpm-understated.csv", to_csv(lines), "utf-8", bom=True)
record("planted-meta-cpm-understated.csv", "META_ADS", "UTF_8", rows, expect="DERIVED_MISMATCH")

with open(OUT / "corpus.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "format", "encoding", "month", "rows", "impressions", "clicks", "cost", "expect", "mapping"])
    w.writerows(manifest)
print(f"{len(manifest)} files")
