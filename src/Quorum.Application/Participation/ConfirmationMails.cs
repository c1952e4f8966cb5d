using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Participation;

namespace Quorum.Application.Participation;

/// <summary>
/// The mails the public forms send to an address (confirmations and acknowledgements, the ones without an unsubscribe
/// link), counted over the last day, so no form can be used to flood someone's inbox.
/// </summary>
internal static class ConfirmationMails
{
    public static async Task<int> SentTodayAsync(QuorumDbContext db, string email, CancellationToken cancellationToken)
    {
        var key = PublicQuestion.KeyOf(email);
        var since = db.Clock.GetCurrentInstant() - Duration.FromDays(1);
        // ToLower becomes SQL lower() on both engines; string.Equals with a comparison would not translate.
#pragma warning disable CA1862
        return await db.OutgoingMail.CountAsync(m => m.To.ToLower() == key && m.UnsubscribeUrl == null && m.Created > since, cancellationToken);
#pragma warning restore CA1862
    }
}
