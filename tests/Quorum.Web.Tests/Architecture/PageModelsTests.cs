using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Architecture;

/// <summary>
/// Page models bind, call one application service and show the result: they may read through the context but
/// never write through it. The writes, and the announcements of what became public, live in the services.
/// </summary>
public sealed partial class PageModelsTests
{
    /// <summary>The context's sets (Reports, Enclosures, AuditEntries, Users…), whose Add/Remove/Update is a write.</summary>
    private static readonly string DbSets = string.Join("|", typeof(QuorumDbContext).GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
        .Select(p => p.Name));

    [Fact]
    public void No_page_model_writes_through_the_database_context()
    {
        var pages = Path.Combine(RepoPaths.Root, "src", "Quorum.Web", "Pages");
        var files = Directory.GetFiles(pages, "*.cshtml.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var writes = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            // The names the file gives the context (usually "db"): writes through them are what is looked for.
            var contexts = lines.SelectMany(l => ContextName().Matches(l)).Select(m => m.Groups[1].Value).Append("db").Distinct().ToList();
            // db.Add(…), db.Reports.Add(…), db.Set<Report>().Remove(…): not a loaded report's own collections.
            var write = new Regex($@"\b(?:{string.Join("|", contexts)})\s*\.\s*(?:(?:{DbSets})\s*\.\s*|Set<\w+>\(\)\s*\.\s*)?(?:Add|AddRange|Remove|RemoveRange|Update|UpdateRange|Attach)(?:Async)?\s*\(");
            for (var i = 0; i < lines.Length; i++)
            {
                var code = Code(lines[i]);
                if (code.Length == 0)
                {
                    continue;
                }
                var found = Forbidden().Match(code) is { Success: true } m ? m.Value
                    : write.Match(code) is { Success: true } w ? w.Value
                    : null;
                if (found is not null)
                {
                    writes.Add($"{Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/')}:{i + 1}: '{found.Trim()}' in: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(writes.Count == 0,
            $"Page models must not write through QuorumDbContext; move these into a service in src/Quorum.Application (or Pages/Admin/Staff/StaffAccounts for Identity):{Environment.NewLine}{string.Join(Environment.NewLine, writes)}");
    }

    /// <summary>The line without a trailing // comment; empty for a comment line.</summary>
    private static string Code(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*'))
        {
            return "";
        }
        var comment = trimmed.IndexOf(" //", StringComparison.Ordinal);
        return comment < 0 ? trimmed : trimmed[..comment];
    }

    [GeneratedRegex(@"\b(?:SaveChanges(?:Async)?|BeginTransaction(?:Async)?|ExecuteUpdate(?:Async)?|ExecuteDelete(?:Async)?|ExecuteSqlRaw(?:Async)?|ExecuteSql(?:Interpolated)?(?:Async)?)\b")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"QuorumDbContext\s+(\w+)")]
    private static partial Regex ContextName();
}
