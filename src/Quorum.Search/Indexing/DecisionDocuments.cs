using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain;

namespace Quorum.Search.Indexing;

/// <summary>
/// A council's executive decision notices as search documents: the decision, its reasons and the alternatives
/// rejected, linked to the public notice. A decision made but not yet published, or taken on Part II business, is
/// handed over as unpublished, so the index withholds it (and drops it, should it ever have been public) exactly as
/// the public pages do.
/// </summary>
internal static class DecisionDocuments
{
    public static string Source(Guid councilId) => $"council/{councilId:N}/executive-decisions";

    public static async Task<IndexedSource> ReadAsync(QuorumDbContext db, Guid councilId, CancellationToken ct)
    {
        var committees = await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId).ToDictionaryAsync(c => c.Id, ct);
        var ids = committees.Keys.ToList();
        var decisions = await db.ExecutiveDecisions.AsNoTracking()
            .Include(d => d.Minute).ThenInclude(m => m!.AgendaItem)
            .Where(d => ids.Contains(d.CommitteeId))
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.Id)
            .ToListAsync(ct);
        var people = await PersonMentions.LoadAsync(db, ct);

        var documents = new List<SearchDocument>(decisions.Count);
        foreach (var decision in decisions)
        {
            var committee = committees[decision.CommitteeId];
            // The same rule as the public notice pages (Visibility), applied to the notices already read.
            var visibility = Visibility.IsPublic(decision) ? DocumentVisibility.Public : DocumentVisibility.Unpublished;
            var body = string.Join("\n\n", new[]
            {
                decision.Decision,
                $"Decision maker: {decision.DecisionMaker}.",
                Headed("Reasons for the decision", decision.Reasons),
                Headed("Alternatives considered and rejected", decision.AlternativesRejected),
            }.Where(p => !string.IsNullOrWhiteSpace(p)));
            documents.Add(new SearchDocument
            {
                Id = $"decision/{decision.Id:N}",
                Kind = SearchDocumentKind.ExecutiveDecision,
                Title = decision.Title,
                Body = body,
                Committee = new CommitteeRef(committee.Slug.Value, committee.Name),
                MeetingDate = decision.DecidedOn,
                // Only public text is read for names, as for papers.
                PersonSlugs = visibility == DocumentVisibility.Public ? people.In(councilId, decision.Title, body) : [],
                Url = PublicLinks.ExecutiveDecision(decision.Id),
                Visibility = visibility,
                CouncilId = councilId,
            });
        }
        return new IndexedSource(Source(councilId), documents);
    }

    private static string? Headed(string heading, string text) => string.IsNullOrWhiteSpace(text) ? null : $"{heading}: {text}";
}
