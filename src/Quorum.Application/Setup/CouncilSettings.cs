using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.Setup;

/// <summary>The council's name and how the public reach Democratic Services, as the contact pages print them.</summary>
public sealed record CouncilDetails(string Name, string? Address, string? Telephone, string? ContactEmail, string? WebAddress, Nation Nation);

/// <summary>The procedure settings an administrator chooses: the council's standing orders, as data.</summary>
public sealed record ProcedureChoices(
    int QuestionWorkingDaysBefore,
    LocalTime QuestionDeadline,
    int CallInWorkingDays,
    MinuteRestart MinuteRestart,
    bool PublishDraftMinutes,
    string CommitteeRules,
    string ExecutiveRules,
    string? QuestionsRule,
    string? PetitionsRule,
    string? DeputationsRule,
    string? ConstitutionPart)
{
    public static ProcedureChoices Of(CouncilProcedure p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.QuestionWorkingDaysBefore, p.QuestionDeadline, p.CallInWorkingDays, p.MinuteRestart, p.PublishDraftMinutes,
            p.CommitteeRules, p.ExecutiveRules, p.QuestionsRule, p.PetitionsRule, p.DeputationsRule, p.ConstitutionPart);
    }
}

/// <summary>A council's settings as they stand: its details and the procedure settings in force today (null: Harrow's, never set).</summary>
public sealed record CouncilSettingsNow(Council Council, CouncilProcedure? Procedure, IReadOnlyList<CouncilProcedure> History);

/// <summary>
/// Administrators keeping the council's own settings: its details and its procedure settings. A procedure change
/// is a new version from the day it takes effect (today or later, never earlier): deadlines and agenda text for
/// meetings from then on follow it, and those before keep what applied then. Audited, then announced so the
/// public pages show the new details at once.
/// </summary>
public sealed class CouncilSettings(QuorumDbContext db, CouncilRulebooks rulebooks, PublicationEvents publication)
{
    public const int MaxWorkingDays = 20;

    public async Task<CouncilSettingsNow> GetAsync(Guid councilId, LocalDate today, CancellationToken cancellationToken = default)
    {
        var council = await db.Councils.AsNoTracking().FirstOrDefaultAsync(c => c.Id == councilId, cancellationToken)
            ?? throw new SetupRefusedException("There is no such council.");
        var history = (await db.CouncilProcedures.AsNoTracking().Where(p => p.CouncilId == councilId).ToListAsync(cancellationToken))
            .OrderBy(p => p.EffectiveFrom).ThenBy(p => p.Created).ToList();
        return new(council, history.LastOrDefault(p => p.EffectiveFrom <= today), history);
    }

    public async Task<Council> SaveDetailsAsync(Guid councilId, CouncilDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var council = await db.Councils.FirstOrDefaultAsync(c => c.Id == councilId, cancellationToken)
            ?? throw new SetupRefusedException("There is no such council.");
        var name = string.Join(' ', (details.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (name.Length == 0)
        {
            throw new SetupRefusedException("Enter the council's name, as it prints it", "name");
        }
        if (name.Length > 200)
        {
            throw new SetupRefusedException("The council's name must be 200 characters or fewer", "name");
        }
        if (name != council.Name && await db.Councils.AnyAsync(c => c.Id != councilId && c.Name == name, cancellationToken))
        {
            throw new SetupRefusedException($"Another council in this install is called {name}", "name");
        }
        var address = Optional(details.Address, 500, "address", "The address");
        var telephone = Optional(details.Telephone, 40, "telephone", "The telephone number");
        if (telephone is not null && !telephone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))
        {
            throw new SetupRefusedException("Enter the telephone number in digits, like 020 8863 5611", "telephone");
        }
        var email = Optional(details.ContactEmail, 200, "email", "The e-mail address");
        if (email is not null && (email.Count(c => c == '@') != 1 || email.StartsWith('@') || email.EndsWith('@') || email.Contains(' ', StringComparison.Ordinal)))
        {
            throw new SetupRefusedException("Enter the e-mail address in the right format, like democratic.services@example.gov.uk", "email");
        }
        var web = Optional(details.WebAddress, 300, "web", "The web address");
        if (web is not null && (!Uri.TryCreate(web, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            throw new SetupRefusedException("Enter the web address in full, starting https://", "web");
        }
        if (!Enum.IsDefined(details.Nation))
        {
            throw new SetupRefusedException("Choose the nation whose law applies to the council", "nation");
        }
        council.Name = name;
        council.Address = address;
        council.Telephone = telephone;
        council.ContactEmail = email;
        council.WebAddress = web;
        council.Nation = details.Nation;
        await db.SaveChangesAsync(cancellationToken);
        await publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.CouncilDetails), cancellationToken);
        return council;
    }

    /// <summary>Saves the choices as the settings from <paramref name="from"/>, which may not be before <paramref name="today"/>.</summary>
    public async Task<CouncilProcedure> SaveProcedureAsync(Guid councilId, ProcedureChoices choices, LocalDate from, LocalDate today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (!await db.Councils.AnyAsync(c => c.Id == councilId, cancellationToken))
        {
            throw new SetupRefusedException("There is no such council.");
        }
        if (from < today)
        {
            // Meetings already past were run under the settings of their day; a change cannot reach back to them.
            throw new SetupRefusedException("The settings can take effect from today or a later day, not an earlier one", "from-day");
        }
        if (choices.QuestionWorkingDaysBefore is < 0 or > MaxWorkingDays)
        {
            throw new SetupRefusedException($"Enter the working days before the meeting that public questions close, from 0 to {MaxWorkingDays}", "question-days");
        }
        if (choices.CallInWorkingDays is < 0 or > MaxWorkingDays)
        {
            throw new SetupRefusedException($"Enter the working days of the call-in period, from 0 to {MaxWorkingDays}", "call-in-days");
        }
        if (!Enum.IsDefined(choices.MinuteRestart))
        {
            throw new SetupRefusedException("Choose when minute numbers start again at 1", "minute-restart");
        }
        var version = new CouncilProcedure
        {
            CouncilId = councilId,
            EffectiveFrom = from,
            QuestionWorkingDaysBefore = choices.QuestionWorkingDaysBefore,
            QuestionDeadline = choices.QuestionDeadline,
            CallInWorkingDays = choices.CallInWorkingDays,
            MinuteRestart = choices.MinuteRestart,
            PublishDraftMinutes = choices.PublishDraftMinutes,
            CommitteeRules = Required(choices.CommitteeRules, CouncilProcedure.MaxNameLength, "committee-rules", "the name of the council's rules for committees, like Committee Procedure Rules"),
            ExecutiveRules = Required(choices.ExecutiveRules, CouncilProcedure.MaxNameLength, "executive-rules", "the name of the council's rules for the executive, like Executive Procedure Rules"),
            QuestionsRule = Optional(choices.QuestionsRule, CouncilProcedure.MaxRuleLength, "questions-rule", "The public questions rule's number"),
            PetitionsRule = Optional(choices.PetitionsRule, CouncilProcedure.MaxRuleLength, "petitions-rule", "The petitions rule's number"),
            DeputationsRule = Optional(choices.DeputationsRule, CouncilProcedure.MaxRuleLength, "deputations-rule", "The deputations rule's number"),
            ConstitutionPart = Optional(choices.ConstitutionPart, CouncilProcedure.MaxNameLength, "constitution-part", "Where the rules are in the constitution"),
        };
        db.CouncilProcedures.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        rulebooks.Forget(councilId);
        // Meeting pages print the question deadline and, where drafts are public, the draft minutes.
        await publication.PublishedAsync(new PublishedChange(councilId, null, PublishedContent.CouncilDetails), cancellationToken);
        return version;
    }

    private static string Required(string? text, int maxLength, string field, string what)
    {
        var tidy = text?.Trim() ?? "";
        if (tidy.Length == 0)
        {
            throw new SetupRefusedException($"Enter {what}", field);
        }
        return tidy.Length > maxLength ? throw new SetupRefusedException($"That name must be {maxLength} characters or fewer", field) : tidy;
    }

    private static string? Optional(string? text, int maxLength, string field, string what)
    {
        var tidy = text?.Trim();
        if (tidy?.Length > maxLength)
        {
            throw new SetupRefusedException($"{what} must be {maxLength} characters or fewer", field);
        }
        return string.IsNullOrEmpty(tidy) ? null : tidy;
    }
}
