using System.Xml.Linq;
using Quorum.TestSupport;

namespace Quorum.Architecture.Tests;

/// <summary>
/// The allowed project references (docs/architecture.md): the rules in the middle know nothing of I/O, the store
/// knows only the rules, renderers and readers know no database, the use cases sit above them, and the hosts (web,
/// command line) and the demo sit on top. Read from the project files, so a reference nothing uses yet still counts.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] Below = ["Quorum.Domain", "Quorum.Data", "Quorum.Import", "Quorum.Publishing", "Quorum.Search"];

    /// <summary>What each project under src/ may reference directly.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Quorum.Domain"] = [],
        ["Quorum.Data"] = ["Quorum.Domain"],
        ["Quorum.Import"] = ["Quorum.Domain"],
        ["Quorum.Publishing"] = ["Quorum.Domain"],
        ["Quorum.Search"] = ["Quorum.Domain", "Quorum.Data"],
        ["Quorum.Application"] = Below,
        ["Quorum.Demo"] = ["Quorum.Application", .. Below],
        // The hosts call the use cases; the demo only from the web host's start-up and the CLI's demo command.
        ["Quorum.Web"] = ["Quorum.Application", "Quorum.Demo", .. Below],
        ["Quorum.Cli"] = ["Quorum.Application", "Quorum.Demo", .. Below],
    };

    public static TheoryData<string> SourceProjects() => [.. Allowed.Keys];

    [Fact]
    public void Every_project_under_src_has_a_rule()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(d => Path.GetFileName(d)!).Order().ToList();
        Assert.Equal(Allowed.Keys.Order().ToList(), projects);
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void A_project_references_only_the_projects_its_layer_allows(string project)
    {
        var forbidden = ReferencesOf(project).Except(Allowed[project]).ToList();
        Assert.True(forbidden.Count == 0, $"{project} must not reference {string.Join(", ", forbidden)}; it may reference {(Allowed[project].Length == 0 ? "no project" : string.Join(", ", Allowed[project]))}.");
    }

    [Fact]
    public void The_rule_catches_a_forbidden_reference()
    {
        // The check itself, on a project file that names a forbidden reference (Data reaching up to the importer).
        var project = XDocument.Parse("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\Quorum.Domain\Quorum.Domain.csproj" />
                <ProjectReference Include="..\Quorum.Import\Quorum.Import.csproj" />
              </ItemGroup>
            </Project>
            """);
        Assert.Equal(["Quorum.Import"], References(project).Except(Allowed["Quorum.Data"]));
    }

    [Fact]
    public void Only_the_demo_the_web_hosts_start_up_and_the_CLI_demo_command_know_the_demo_council()
    {
        string[] allowed = ["src/Quorum.Cli/Commands.Demo.cs", "src/Quorum.Web/Program.cs", "src/Quorum.Web/Site/DemoData.cs"];
        var knowing = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.StartsWith("src/Quorum.Demo/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(RepoPaths.Root, f)).Contains("Quorum.Demo", StringComparison.Ordinal))
            .Order()
            .ToList();
        Assert.Equal(allowed, knowing);
    }

    private static IEnumerable<string> ReferencesOf(string project) =>
        References(XDocument.Load(Path.Combine(RepoPaths.Root, "src", project, project + ".csproj")));

    private static IEnumerable<string> References(XDocument project) =>
        project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order();
}
