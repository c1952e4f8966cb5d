using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Quorum.Application.Mail;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Mail;
using Quorum.Domain.Participation;
using Quorum.Search.Indexing;

namespace Quorum.Application.Participation;

/// <summary>A petition as the public pages show it: never the starter's or signers' e-mail addresses.</summary>
public sealed record PublicPetition(
    int Number, string Title, string Asks, string StartedBy, LocalDate ClosesOn, bool Open, int Signatures,
    string? Reached, LocalDate ResponseDue, string? Response, LocalDate? RespondedOn, IReadOnlyList<PetitionAnswerLink> AnsweredBy);

/// <summary>A public record that answers a petition, as its page links to it.</summary>
public sealed record PetitionAnswerLink(string Text, string Url);

/// <summary>One of the council's records staff may say answers a petition, as the response form lists it.</summary>
public sealed record PetitionAnswerChoice(Guid Id, string Text);

/// <summary>The council's agenda items, reports and executive decisions since a petition was received, newest first.</summary>
public sealed record PetitionAnswerChoices(IReadOnlyList<PetitionAnswerChoice> Items, IReadOnlyList<PetitionAnswerChoice> Reports, IReadOnlyList<PetitionAnswerChoice> Decisions);

/// <summary>A petition form or signature that was not taken: each problem names its field, in plain words.</summary>
public sealed class PetitionRefusedException(IReadOnlyList<QuestionProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<QuestionProblem> Problems { get; } = problems;
}

/// <summary>
/// Petitions (CPR-6): a resident starts one, Democratic Services publish or reject it, residents sign it until it
/// closes and each signature counts once its signer confirms through the link mailed to them (the signature and
/// that mail are saved together). The thresholds and response deadline come from the council's scheme
/// (<see cref="PetitionThresholds"/>). Staff decisions are saved with the signed-in clerk as actor, so they are in the audit log.
/// </summary>
public sealed class Petitions(QuorumDbContext db, MailSettings mail, PetitionThresholds thresholds, AlertMail alerts)
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture);

    public PetitionThresholds Thresholds => thresholds;

    public bool CanSend => mail.CanSend;

    private Instant Now => db.Clock.GetCurrentInstant();

    private LocalDate Today => Now.InZone(CouncilTime.London).Date;

    /// <summary>Takes a new petition for checking; it is not public until published.</summary>
    public async Task<Petition> StartAsync(Guid councilId, PetitionForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (PetitionRules.Check(form, Today) is { Count: > 0 } problems)
        {
            throw new PetitionRefusedException(problems);
        }
        await RefuseFloodAsync(form.Email!, cancellationToken);
        return await ReceiptOrder.SaveAsync(db, async () =>
        {
            var number = (await db.Petitions.IgnoreQueryFilters().Where(p => p.CouncilId == councilId).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
            var petition = new Petition
            {
                CouncilId = councilId,
                Number = number,
                Title = form.Title!.Trim(),
                Asks = form.Asks!.Trim(),
                StartedBy = form.Name!.Trim(),
                Email = form.Email!.Trim(),
                ClosesOn = form.ClosesOn!.Value,
                ReceivedAt = Now,
            };
            db.Petitions.Add(petition);
            db.OutgoingMail.Add(new OutgoingMail
            {
                To = petition.Email,
                Subject = $"Petition received: {petition.Title}",
                Text = $"Thank you for starting the petition \"{petition.Title}\".\n\nDemocratic Services will check it against the council's petition scheme before it is published. We will email you when it has been checked.",
                DueAt = Now,
            });
            return petition;
        }, cancellationToken);
    }

    /// <summary>Published petitions, open ones first, newest first.</summary>
    public async Task<List<PublicPetition>> PublishedAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        var petitions = await db.Petitions.AsNoTracking().Where(p => p.CouncilId == councilId && p.Status == PetitionStatus.Published).ToListAsync(cancellationToken);
        var counts = await CountsAsync(petitions.Select(p => p.Id).ToList(), cancellationToken);
        return [.. petitions.Select(p => Shown(p, counts.GetValueOrDefault(p.Id))).OrderByDescending(p => p.Open).ThenByDescending(p => p.Number)];
    }

    /// <summary>A published petition by number, or null.</summary>
    public async Task<PublicPetition?> FindAsync(Guid councilId, int number, CancellationToken cancellationToken = default)
    {
        var petition = await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.CouncilId == councilId && p.Number == number && p.Status == PetitionStatus.Published, cancellationToken);
        return petition is null ? null : Shown(petition, (await CountsAsync([petition.Id], cancellationToken)).GetValueOrDefault(petition.Id), await AnswerLinksAsync(petition, cancellationToken));
    }

    /// <summary>
    /// Takes a signature to an open petition and queues the mail that confirms it; a second from the same address is
    /// answered alike, and its owner told by mail that nothing changed.
    /// </summary>
    public async Task SignAsync(Guid councilId, int number, string? name, string? email, CancellationToken cancellationToken = default)
    {
        var petition = await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.CouncilId == councilId && p.Number == number && p.Status == PetitionStatus.Published, cancellationToken)
            ?? throw new PetitionRefusedException([new(null, "There is no such petition.")]);
        if (petition.ClosesOn < Today)
        {
            throw new PetitionRefusedException([new(null, $"This petition closed on {petition.ClosesOn.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture)}.")]);
        }
        if (PetitionRules.CheckSignature(name, email) is { Count: > 0 } problems)
        {
            throw new PetitionRefusedException(problems);
        }
        var key = PublicQuestion.KeyOf(email!);
        await RefuseFloodAsync(email!, cancellationToken);
        if (await db.PetitionSignatures.Where(s => s.PetitionId == petition.Id && s.EmailKey == key).Select(s => s.Email).FirstOrDefaultAsync(cancellationToken) is { } signedAs)
        {
            // Each person signs once. Said by mail to the address that signed, never on the page: the page's answer
            // would tell anyone who typed an address whether its owner had signed.
            db.OutgoingMail.Add(new OutgoingMail
            {
                To = signedAs,
                Subject = $"You have already signed: {petition.Title}",
                Text = $"Someone, we hope you, tried to sign the petition \"{petition.Title}\" again with this email address. Each person may sign once, so nothing has changed.\n\n"
                    + "If you have not confirmed your signature yet, open the link in the first email we sent you about it.\n\n"
                    + $"Read the petition:\n{mail.Link($"/petitions/{petition.Number}")}",
                DueAt = Now,
            });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var signature = new PetitionSignature { PetitionId = petition.Id, Name = name!.Trim(), Email = email!.Trim(), EmailKey = key, SignedAt = Now };
        db.PetitionSignatures.Add(signature);
        db.OutgoingMail.Add(new OutgoingMail
        {
            To = signature.Email,
            Subject = $"Confirm your signature: {petition.Title}",
            Text = $"Someone, we hope you, signed the petition \"{petition.Title}\" with this email address.\n\n"
                + $"Your signature counts once you open this link and select Confirm my signature:\n{mail.Link($"/petitions/signatures/{signature.Token}")}\n\n"
                + "If you did not sign it, ignore this email and your name will not be counted.",
            DueAt = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The petition a signature link names, with whether it is confirmed; null for an unknown link.</summary>
    public async Task<(PublicPetition Petition, bool Confirmed)?> SignatureAsync(string token, CancellationToken cancellationToken = default)
    {
        var signature = await db.PetitionSignatures.AsNoTracking().SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (signature is null || await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == signature.PetitionId, cancellationToken) is not { } petition)
        {
            return null;
        }
        return (Shown(petition, (await CountsAsync([petition.Id], cancellationToken)).GetValueOrDefault(petition.Id)), signature.ConfirmedAt is not null);
    }

    public async Task<bool> ConfirmSignatureAsync(string token, CancellationToken cancellationToken = default)
    {
        var signature = await db.PetitionSignatures.SingleOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (signature is null)
        {
            return false;
        }
        signature.Confirm(Now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Every petition for staff, newest first, with its confirmed signatures (staff only: it carries e-mail addresses).</summary>
    public async Task<List<(Petition Petition, int Signatures)>> ForStaffAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        var petitions = await db.Petitions.AsNoTracking().Where(p => p.CouncilId == councilId).OrderByDescending(p => p.Number).ToListAsync(cancellationToken);
        var counts = await CountsAsync(petitions.Select(p => p.Id).ToList(), cancellationToken);
        return [.. petitions.Select(p => (p, counts.GetValueOrDefault(p.Id)))];
    }

    public Task<Petition> PublishAsync(Guid petitionId, string by, CancellationToken cancellationToken = default) =>
        DecideAsync(petitionId, p => p.Publish(by, Now), p => ($"Your petition is published: {p.Title}", $"Your petition \"{p.Title}\" has been checked and published. People can sign it until {p.ClosesOn.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture)}:\n{mail.Link($"/petitions/{p.Number}")}"), cancellationToken);

    public Task<Petition> RejectAsync(Guid petitionId, string reason, string by, CancellationToken cancellationToken = default) =>
        DecideAsync(petitionId, p => p.Reject(reason, by, Now), p => ($"Your petition could not be published: {p.Title}", $"Your petition \"{p.Title}\" could not be published under the council's petition scheme.\n\nThe reason: {p.RejectedBecause}"), cancellationToken);

    /// <summary>
    /// Records the council's response, public at once, and the council's records that answer it, each linked from the
    /// petition's page only while it is public.
    /// </summary>
    public async Task<Petition> RespondAsync(Guid petitionId, string response, PetitionAnswers answeredBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answeredBy);
        var petition = await db.Petitions.SingleOrDefaultAsync(p => p.Id == petitionId, cancellationToken)
            ?? throw new ProcedureRuleException("CPR-6", "the petition was not found");
        var councilId = petition.CouncilId;
        if (answeredBy.ItemId is { } itemId && !await db.AgendaItems.AnyAsync(i => i.Id == itemId && i.Meeting!.Committee!.CouncilId == councilId, cancellationToken))
        {
            throw new ProcedureRuleException("CPR-6", "choose the agenda item from the list");
        }
        if (answeredBy.ReportId is { } reportId && !await db.Reports.AnyAsync(r => r.Id == reportId && r.CouncilId == councilId, cancellationToken))
        {
            throw new ProcedureRuleException("CPR-6", "choose the report from the list");
        }
        if (answeredBy.DecisionId is { } decisionId && !await db.ExecutiveDecisions.AnyAsync(d => d.Id == decisionId && db.Committees.Any(c => c.Id == d.CommitteeId && c.CouncilId == councilId), cancellationToken))
        {
            throw new ProcedureRuleException("CPR-6", "choose the decision from the list");
        }
        petition.Respond(response, answeredBy, Today);
        await alerts.QueuePetitionAsync(petition, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return petition;
    }

    private async Task<Petition> DecideAsync(Guid petitionId, Action<Petition> decide, Func<Petition, (string Subject, string Text)> tell, CancellationToken cancellationToken)
    {
        var petition = await db.Petitions.SingleOrDefaultAsync(p => p.Id == petitionId, cancellationToken)
            ?? throw new ProcedureRuleException("CPR-6", "the petition was not found");
        decide(petition);
        var (subject, text) = tell(petition);
        db.OutgoingMail.Add(new OutgoingMail { To = petition.Email, Subject = OutgoingMail.Fitted(subject), Text = text, DueAt = Now });
        if (petition.IsPublished)
        {
            await alerts.QueuePetitionAsync(petition, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return petition;
    }

    /// <summary>What staff may link a response to: the council's records from the petition's receipt on (a week before, for one received at a meeting), newest first.</summary>
    public async Task<PetitionAnswerChoices> AnswerChoicesAsync(Petition petition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var councilId = petition.CouncilId;
        var since = petition.ReceivedAt.InZone(CouncilTime.London).Date.PlusWeeks(-1);
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Deleted == null && i.Meeting!.Deleted == null && i.Meeting.Committee!.CouncilId == councilId && i.Meeting.Date >= since)
            .OrderByDescending(i => i.Meeting!.Date).ThenBy(i => i.Meeting!.Committee!.Name).ThenBy(i => i.Number)
            .Select(i => new { i.Id, i.Meeting!.Date, Body = i.Meeting.Committee!.Name, i.Number, i.Title }).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Deleted == null && r.CouncilId == councilId && r.DateOfMeeting >= since)
            .OrderByDescending(r => r.DateOfMeeting).ThenBy(r => r.Subject)
            .Select(r => new { r.Id, r.DateOfMeeting, r.ReportFor, r.Subject }).ToListAsync(cancellationToken);
        var decisions = await db.ExecutiveDecisions.AsNoTracking()
            .Where(d => d.Deleted == null && d.DecidedOn >= since && db.Committees.Any(c => c.Id == d.CommitteeId && c.CouncilId == councilId))
            .OrderByDescending(d => d.DecidedOn).ThenBy(d => d.Title)
            .Select(d => new { d.Id, d.DecidedOn, d.Title }).ToListAsync(cancellationToken);
        return new(
            [.. items.Select(i => new PetitionAnswerChoice(i.Id, $"{LongDate.Format(i.Date)}, {i.Body}: {i.Number}. {i.Title}"))],
            [.. reports.Select(r => new PetitionAnswerChoice(r.Id, $"{r.Subject} ({r.ReportFor}, {LongDate.Format(r.DateOfMeeting)})"))],
            [.. decisions.Select(d => new PetitionAnswerChoice(d.Id, $"{d.Title} ({LongDate.Format(d.DecidedOn)})"))]);
    }

    // The answering records that are public now, each by the one query its public page reads through.
    private async Task<List<PetitionAnswerLink>> AnswerLinksAsync(Petition petition, CancellationToken cancellationToken)
    {
        var links = new List<PetitionAnswerLink>();
        if (petition.AnsweredByItemId is { } itemId
            && await db.AgendaItems.AsNoTracking().WherePublic().Where(i => i.Id == itemId && i.Meeting!.Committee!.Deleted == null)
                .Select(i => new { i.Title, i.Number, i.Suffix, i.Meeting!.Date, i.Meeting.Committee!.Slug, Body = i.Meeting.Committee.Name }).SingleOrDefaultAsync(cancellationToken) is { } item)
        {
            links.Add(new($"Agenda item {item.Number}{item.Suffix}, {item.Title}, at the {item.Body} on {LongDate.Format(item.Date)}", PublicLinks.Item(item.Date, item.Slug, item.Number, item.Suffix)));
        }
        if (petition.AnsweredByReportId is { } reportId
            && await db.Reports.AsNoTracking().WherePublic().Where(r => r.Id == reportId && r.AgendaItem != null && r.AgendaItem.Deleted == null)
                .Select(r => new { r.Subject, r.AgendaItem!.Number, r.AgendaItem.Suffix, r.AgendaItem.Meeting!.Date, r.AgendaItem.Meeting.Committee!.Slug }).SingleOrDefaultAsync(cancellationToken) is { } report)
        {
            links.Add(new($"The report \"{report.Subject}\"", PublicLinks.Item(report.Date, report.Slug, report.Number, report.Suffix)));
        }
        if (petition.AnsweredByDecisionId is { } decisionId
            && await db.ExecutiveDecisions.AsNoTracking().WherePublic().Where(d => d.Id == decisionId).Select(d => new { d.Title, d.DecidedOn }).SingleOrDefaultAsync(cancellationToken) is { } decision)
        {
            links.Add(new($"The decision \"{decision.Title}\", {LongDate.Format(decision.DecidedOn)}", PublicLinks.ExecutiveDecision(decisionId)));
        }
        return links;
    }

    private PublicPetition Shown(Petition p, int signatures, IReadOnlyList<PetitionAnswerLink>? answeredBy = null) => new(
        p.Number, p.Title, p.Asks, p.StartedBy, p.ClosesOn, p.ClosesOn >= Today, signatures, thresholds.Reached(signatures),
        thresholds.ResponseDue(p.ClosesOn), p.Response, p.RespondedOn, answeredBy ?? []);

    private async Task<Dictionary<Guid, int>> CountsAsync(List<Guid> ids, CancellationToken cancellationToken) =>
        await db.PetitionSignatures.AsNoTracking().Where(s => ids.Contains(s.PetitionId) && s.ConfirmedAt != null)
            .GroupBy(s => s.PetitionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    // Every form here sends a mail; one address is sent at most so many a day, whatever it signs.
    private async Task RefuseFloodAsync(string email, CancellationToken cancellationToken)
    {
        var sent = await ConfirmationMails.SentTodayAsync(db, email, cancellationToken);
        if (sent >= MaxMailsPerAddressPerDay)
        {
            throw new PetitionRefusedException([new("email", "This email address has been sent the most emails allowed in a day. Try again tomorrow.")]);
        }
    }

    /// <summary>Petition mails (confirmations, acknowledgements) one address may be sent in a day.</summary>
    public const int MaxMailsPerAddressPerDay = 10;
}
