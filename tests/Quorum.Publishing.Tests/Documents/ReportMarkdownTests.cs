using Quorum.Publishing.Documents;

namespace Quorum.Publishing.Tests.Documents;

/// <summary>Report sections in Markdown become HTML that keeps tables and cannot run script.</summary>
public sealed class ReportMarkdownTests
{
    [Fact]
    public void Tables_headings_and_lists_are_kept()
    {
        var html = ReportMarkdown.ToSafeHtml("## Financial implications\n\n| Year | £000 |\n|---|---|\n| 2026/27 | 1,250 |\n\n- first\n- second");
        Assert.Contains("<h2>Financial implications</h2>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<td>1,250</td>", html);
        Assert.Contains("<li>second</li>", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>")]
    public void Script_in_a_report_never_reaches_the_page(string markdown)
    {
        var html = ReportMarkdown.ToSafeHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }
}
