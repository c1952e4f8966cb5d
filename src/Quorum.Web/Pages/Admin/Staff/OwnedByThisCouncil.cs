using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Quorum.Application.Staff;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Staff;

/// <summary>
/// The other half of <see cref="ServesThisCouncil"/>: a staff request that names another council's record by its
/// id, in its address (<c>/admin/meetings/{id}</c>), query string or posted form (the person given a seat, the
/// reserve, the substitute, the declarant, the meeting a paper goes to, a body in a selector...), answers 404 and
/// changes nothing. So a council's staff can neither reach another council's records nor tie them to their own,
/// and a shared-service account works on each council's records at that council's host, under its rules.
/// </summary>
public sealed class OwnedByThisCouncil(CouncilRecords records, CurrentCouncil current) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var ct = context.HttpContext.RequestAborted;
        var council = (await current.GetAsync(ct))?.Id;
        var owners = await records.OwnersOfAsync(await NamedIdsAsync(context.HttpContext.Request, ct), ct);
        if (owners.Any(owner => owner != council))
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }

    /// <summary>Every id the request names: path segments, query string values and form fields (a list counts each value).</summary>
    private static async Task<HashSet<Guid>> NamedIdsAsync(HttpRequest request, CancellationToken ct)
    {
        var values = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Concat(request.Query.SelectMany(q => q.Value.AsEnumerable()));
        if (request.HasFormContentType)
        {
            values = values.Concat((await request.ReadFormAsync(ct)).SelectMany(f => f.Value.AsEnumerable()));
        }
        var ids = new HashSet<Guid>();
        foreach (var value in values)
        {
            if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
        }
        return ids;
    }
}
