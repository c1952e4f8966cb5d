using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Publishing.Tests.Packs;

/// <summary>Deputations the chair agreed to hear, on the agenda pack's front sheet under their item, escaped.</summary>
public sealed class PackDeputationsTests
{
    [Fact]
    public void The_main_pack_prints_accepted_deputations_under_their_item_with_the_time_allowed()
    {
        var pack = PackFixtures.Meeting(Directory.CreateTempSubdirectory("quorum-pack-deputations").FullName, reports: 1);
        var item = new PackItem
        {
            Number = 98,
            Title = "Library Opening Hours",
            Deputations = [new PackDeputation("Ann <b>Resident</b>", "Friends of Pinner Library", 10, "Keep Saturdays open.")],
        };
        pack = pack with { Items = [.. pack.Items, item] };
        var html = PackHtml.FrontSheet(pack, PackKind.Main, new Dictionary<int, Domain.Meetings.PageRange>());
        var printed = html.IndexOf("Ann &lt;b&gt;Resident&lt;/b&gt;, on behalf of Friends of Pinner Library (10 minutes):", StringComparison.Ordinal);
        Assert.True(printed > html.IndexOf("98. LIBRARY OPENING HOURS", StringComparison.Ordinal), "printed under the item");
        Assert.Contains("Keep Saturdays open.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Resident", PackHtml.FrontSheet(pack, PackKind.Supplementary, new Dictionary<int, Domain.Meetings.PageRange>()), StringComparison.Ordinal);
    }
}
