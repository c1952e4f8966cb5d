using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Domain.Publication;

namespace Quorum.Web.Tests.Api.OParl;

/// <summary>OParl answers are cached per URL and query string until a publication, and carry an ETag.</summary>
public sealed class OParlCacheTests(OpenDataServer server) : IClassFixture<OpenDataServer>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Organizations => $"/oparl/v1.1/bodies/{server.Council.Council.Id}/organizations";

    [Fact]
    public async Task A_list_page_answers_304_to_its_own_ETag_and_each_query_string_is_its_own_page()
    {
        using var first = await server.Client.GetAsync(Organizations + "?limit=2", Cancel);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType!.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, Organizations + "?limit=2");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Cancel));

        using var second = await server.Client.GetAsync(Organizations + "?limit=2&page=2", Cancel);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(etag, second.Headers.ETag);
        Assert.Equal(2, (int)(await server.GetJsonAsync(Organizations + "?limit=2&page=2"))["pagination"]!["currentPage"]!);
    }

    [Fact]
    public async Task A_published_change_shows_at_once_in_the_cached_lists()
    {
        using var before = await server.Client.GetAsync(Organizations, Cancel);
        Assert.Contains("Cabinet", await before.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await using (var db = server.Open())
        {
            var cabinet = await db.Committees.FindAsync([server.Council.Committee("Cabinet").Id], Cancel);
            cabinet!.Name = "Executive Cabinet";
            await db.SaveChangesAsync(Cancel);
        }
        // Until something is published, the cached page stands.
        Assert.DoesNotContain("Executive Cabinet", await server.Client.GetStringAsync(Organizations, Cancel), StringComparison.Ordinal);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublicationEvents>()
                .PublishedAsync(new PublishedChange(server.Council.Council.Id, null, PublishedContent.Membership), Cancel);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, Organizations);
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Executive Cabinet", await after.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
