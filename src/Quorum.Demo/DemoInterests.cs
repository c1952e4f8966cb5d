using NodaTime;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Rules;

namespace Quorum.Demo;

/// <summary>
/// The registers of interests, dispensations and executive decision notices of the demo council. Drawn from a
/// random stream of their own, so adding them left every earlier demo record (and identifier) as it was.
/// </summary>
internal sealed class DemoInterests(DemoCouncilBuilder builder)
{
    // Each as the register prints it: employed, self-employed or retired.
    private static readonly string[] Employments =
    [
        "Employed by Brentmoor and District Hospitals NHS Trust as a staff nurse", "Employed by Northgate Building Society as a branch manager", "Self-employed as a chartered surveyor",
        "Employed by the University of West London as a lecturer in law", "Employed by Meridian Logistics Ltd as an operations manager", "Retired (formerly a primary school teacher)",
        "Partner, Harwood and Lane Solicitors", "Self-employed as an electrician", "Employed by London Transport Services as a bus driver", "Employed by Kestrel Software Ltd as a project manager",
    ];

    private static readonly string[] Bodies =
    [
        "Trustee, Voluntary Action Brentmoor", "Governor, Oakfield Primary School", "Member, Brentmoor Allotment Holders' Association", "Director (unpaid), Brentmoor Community Energy CIC",
        "Member, Unite the Union", "Member, Campaign for Better Transport", "Trustee, Brentmoor Foodbank", "Member, Brentmoor Chamber of Commerce",
    ];

    private static readonly (string What, string Donor, decimal Value)[] Hospitality =
    [
        ("Two tickets to the Brentmoor Theatre gala", "Brentmoor Theatre Trust", 90m), ("Dinner at the London Councils annual reception", "London Councils", 65m),
        ("Attendance at the Mayor's charity ball", "Brentmoor Rotary Club", 120m), ("Hospitality at a football match", "Northgate Building Society", 150m),
    ];

    private const string KeyDecisionPrefix = "Key Decision - ";

    private readonly DemoRandom random = new(unchecked(builder.Random.Seed * 7919 + 1464));

    private DemoCouncil Council => builder.Council;

    public void Build()
    {
        var councillors = builder.Councillors;
        var firstYear = Council.MunicipalYears[0].StartsOn;
        foreach (var councillor in councillors)
        {
            Register(councillor, firstYear);
        }
        LinkDeclarations();
        GrantDispensations(councillors);
        PublishExecutiveDecisions();
        RegisterCoOptedMembers();
    }

    private static readonly string[] CoOpteeInterests =
    [
        "Governor, St Anselm's Catholic Primary School", "Foundation governor, Brentmoor Church of England High School",
        "Parent governor, Oakfield Primary School", "Trustee, Diocesan Schools Trust",
    ];

    /// <summary>
    /// Co-opted members with a vote register their interests like councillors (Localism Act 2011 s27(4)). Drawn from a
    /// stream of their own, so the councillors' registers, dispensations and notices stay as they were.
    /// </summary>
    private void RegisterCoOptedMembers()
    {
        var stream = new DemoRandom(unchecked(builder.Random.Seed * 7919 + 2011));
        var seats = Council.Memberships
            .Where(m => m.Role == MembershipRole.CoOpted && m.VotingRight != VotingRight.None && m.Person is { IsCouncillor: false })
            .GroupBy(m => m.PersonId)
            .Select(g => g.OrderBy(m => m.From).First());
        foreach (var seat in seats)
        {
            var on = seat.From.PlusDays(stream.Next(3, 28));
            Add(seat.Person!, InterestCategory.EmploymentOfficeTradeProfessionOrVocation, stream.Pick(Employments), on, from: stream);
            Add(seat.Person!, InterestCategory.OtherRegistrable, stream.Pick(CoOpteeInterests), on, from: stream);
        }
    }

    private void Register(Person councillor, LocalDate electedBy)
    {
        // Registered within 28 days of taking office (Localism Act 2011 s30(1)).
        var on = electedBy.PlusDays(random.Next(3, 28));
        var employment = Add(councillor, InterestCategory.EmploymentOfficeTradeProfessionOrVocation, random.Pick(Employments), on);
        if (random.Chance(0.25))
        {
            // A change of job: the old entry ends, the new one replaces it, and the register keeps both.
            var changed = on.PlusDays(random.Next(200, 600));
            if (changed < Council.ReferenceDate)
            {
                employment.End(changed);
                Add(councillor, InterestCategory.EmploymentOfficeTradeProfessionOrVocation, random.Pick(Employments), changed, replaces: employment.Id);
            }
        }
        Add(councillor, InterestCategory.Sponsorship, $"Election expenses met by the {builder.GroupOf(councillor).Name} Party", on);
        var ward = Council.Wards.Single(w => w.Id == councillor.WardId).Name;
        var home = Add(councillor, InterestCategory.Land, $"Freehold of the member's home in {ward} ward", on);
        // A few members have agreed with the Monitoring Officer that publishing their address would put them at risk (s32).
        home.Sensitive = random.Chance(0.08);
        if (random.Chance(0.3))
        {
            Add(councillor, InterestCategory.Securities, $"Shareholding above £25,000 nominal value in {random.Pick(["Meridian Logistics plc", "Northgate Developments plc", "Kestrel Software Ltd"])}", on, spouse: random.Chance(0.5));
        }
        if (random.Chance(0.1))
        {
            Add(councillor, InterestCategory.Licences, "Licence to occupy an allotment plot at Brentmoor Road allotments", on);
        }
        if (random.Chance(0.05))
        {
            Add(councillor, InterestCategory.Contracts, "Spouse's firm holds a contract with the Council for grounds maintenance", on, spouse: true);
        }
        if (random.Chance(0.04))
        {
            Add(councillor, InterestCategory.CorporateTenancies, "Director of a company leasing a unit at Brentmoor Business Park from the Council", on);
        }
        foreach (var body in random.Take(Bodies, random.Next(0, 3)))
        {
            Add(councillor, InterestCategory.OtherRegistrable, body, on.PlusDays(random.Next(0, 60)));
        }
        if (random.Chance(0.35))
        {
            var (what, donor, value) = random.Pick(Hospitality);
            var gift = Add(councillor, InterestCategory.GiftsAndHospitality, what, on.PlusDays(random.Next(30, 700)));
            gift.Donor = donor;
            gift.ValueGbp = value;
        }
    }

    private RegisteredInterest Add(Person councillor, InterestCategory category, string description, LocalDate on, bool spouse = false, Guid? replaces = null, DemoRandom? from = null)
    {
        var entry = new RegisteredInterest
        {
            Id = (from ?? random).NextGuid(),
            PersonId = councillor.Id,
            Category = category,
            Description = description,
            OfSpouseOrPartner = spouse,
            RegisteredOn = on > Council.ReferenceDate ? Council.ReferenceDate : on,
            ReplacesId = replaces,
        };
        entry.StampCreated(entry.RegisteredOn.At(new LocalTime(9, 0)).InUtc().ToInstant());
        Council.RegisteredInterests.Add(entry);
        return entry;
    }

    /// <summary>A minuted pecuniary or registrable declaration names the register entry it arose from (INT-4 s31(2)).</summary>
    private void LinkDeclarations()
    {
        foreach (var declaration in Council.Declarations.Where(d => d.Kind != InterestKind.NonRegistrable))
        {
            var on = Council.Meetings.Single(m => m.Id == declaration.MeetingId).Date;
            var person = Council.People.Single(p => p.Id == declaration.PersonId);
            var category = declaration.Kind == InterestKind.DisclosablePecuniary ? InterestCategory.Land : InterestCategory.OtherRegistrable;
            var description = declaration.Kind == InterestKind.DisclosablePecuniary
                ? "Freehold of a property in the borough let to tenants"
                : DemoText.Sentence(declaration.Nature.Replace("was a ", "", StringComparison.Ordinal).Replace("was ", "", StringComparison.Ordinal));
            var entry = Add(person, category, description, Council.MunicipalYears[0].StartsOn.PlusDays(20));
            if (!entry.IsCurrentOn(on))
            {
                continue;
            }
            declaration.RegisteredInterestId = entry.Id;
        }
    }

    private void GrantDispensations(List<Person> councillors)
    {
        var start = Council.MunicipalYears[0].StartsOn;
        var fullCouncil = Council.Committees.Single(c => c.BodyType == Domain.Committees.BodyType.Council);
        var planning = Council.Committees.FirstOrDefault(c => c.Name.StartsWith("Planning", StringComparison.Ordinal));
        // The standing dispensation councils grant for setting council tax: otherwise every member owning a home is barred (s33(2)(a)).
        foreach (var councillor in councillors)
        {
            Grant(councillor, fullCouncil.Id, "Setting the Council Tax and the Council Tax Reduction Scheme", DispensationGround.ImpedesBusiness, "Standards Committee", start.PlusDays(30), start.PlusDays(30).PlusYears(4).PlusDays(-1));
        }
        var picked = random.Take(councillors, 3);
        Grant(picked[0], null, "Speaking (not voting) on matters concerning Brentmoor Community Energy CIC", DispensationGround.InterestsOfInhabitants, "Monitoring Officer under delegated powers", start.PlusDays(60), start.PlusDays(60).PlusYears(1), voting: false);
        if (planning is not null)
        {
            // Expired: kept on the register as history; it no longer covers a vote.
            Grant(picked[1], planning.Id, "The Brentmoor Road regeneration scheme planning applications", DispensationGround.AltersPoliticalBalance, "Standards Committee", start.PlusDays(90), start.PlusDays(90).PlusMonths(6));
        }
        Grant(picked[2], null, "Housing Revenue Account business, as a council tenant", DispensationGround.OtherwiseAppropriate, "Standards Committee", start.PlusDays(120), start.PlusDays(120).PlusYears(4).PlusDays(-1));
    }

    private void Grant(Person councillor, Guid? committeeId, string scope, DispensationGround ground, string grantedBy, LocalDate from, LocalDate expires, bool voting = true)
    {
        var dispensation = new Dispensation
        {
            Id = random.NextGuid(),
            PersonId = councillor.Id,
            CommitteeId = committeeId,
            Scope = scope,
            Ground = ground,
            GrantedBy = grantedBy,
            CoversVoting = voting,
        };
        dispensation.SetPeriod(from, expires);
        dispensation.StampCreated(from.At(new LocalTime(9, 0)).InUtc().ToInstant());
        Council.Dispensations.Add(dispensation);
    }

    /// <summary>
    /// Every decision Cabinet minuted on a business item gets its decision notice (EX-7), published two working days
    /// after the meeting, with the call-in window from the rules engine; a few are called in, the rest implemented.
    /// </summary>
    private void PublishExecutiveDecisions()
    {
        var reference = Council.ReferenceDate;
        var executive = Council.Committees.Where(c => c.IsExecutive).ToDictionary(c => c.Id);
        var meetings = Council.Meetings.ToDictionary(m => m.Id);
        var items = Council.AgendaItems.ToDictionary(i => i.Id);
        foreach (var minute in Council.Minutes.Where(m => executive.ContainsKey(m.CommitteeId) && m.AgendaItemId is { } item && items[item].Part == Domain.Meetings.AgendaPart.PartI))
        {
            var resolution = minute.Resolutions.FirstOrDefault(r => r.Kind == ResolutionKind.Resolved);
            var meeting = meetings[minute.MeetingId];
            if (resolution is null || !minute.Body.Contains("Reason for Decision", StringComparison.Ordinal))
            {
                continue;
            }
            var committee = executive[minute.CommitteeId];
            var settings = ProcedureRulebook.Harrow.For(meeting.Date, committee.Name);
            var calendar = new Deadlines(settings);
            var published = calendar.CallIn(meeting.Date).Opens;
            if (published > reference)
            {
                // Taken at the last days' meetings: its notice is the clerk's to publish (the staff home lists it). No
                // random draw, so the rest of the demo is the same with or without it.
                if (meeting.Date <= reference)
                {
                    Council.ExecutiveDecisions.Add(Unpublished(minute, resolution, committee, meeting));
                }
                continue;
            }
            var id = random.NextGuid();
            // The draw stays, so the rest of the demo's random stream is as it was.
            _ = random.Chance(0.4);
            var decision = Decision(id, minute, resolution, committee, meeting);
            decision.Explain(
                "To enable the Council to deliver its priorities within the budget and policy framework.",
                random.Chance(0.5) ? "To do nothing: rejected, as the Council would not meet its statutory duties." : "As set out in the report.");
            decision.Publish(published, calendar);
            if (random.Chance(0.08) && decision.CallInEnds is { } ends && ends <= reference)
            {
                decision.CallIn(ends);
            }
            else if (decision.ImplementableFrom is { } from && from.PlusDays(7) <= reference)
            {
                decision.Implement(from.PlusDays(random.Next(0, 7)));
            }
            decision.StampCreated(published.At(new LocalTime(9, 0)).InUtc().ToInstant());
            Council.ExecutiveDecisions.Add(decision);
        }
    }

    private static ExecutiveDecision Unpublished(Minute minute, Resolution resolution, Committee committee, Domain.Meetings.Meeting meeting)
    {
        var decision = Decision(DemoIds.Derived(minute.Id, 0x45), minute, resolution, committee, meeting);
        decision.Explain("To enable the Council to deliver its priorities within the budget and policy framework.", "As set out in the report.");
        decision.StampCreated(meeting.Date.At(new LocalTime(21, 0)).InUtc().ToInstant());
        return decision;
    }

    /// <summary>
    /// The decision a Cabinet minute records. The agenda marks a key decision in the item's title ("Key Decision - …");
    /// the notice states it as a fact beside a plain title.
    /// </summary>
    private static ExecutiveDecision Decision(Guid id, Minute minute, Resolution resolution, Committee committee, Domain.Meetings.Meeting meeting)
    {
        var key = minute.Title.StartsWith(KeyDecisionPrefix, StringComparison.Ordinal);
        return new ExecutiveDecision
        {
            Id = id,
            CommitteeId = committee.Id,
            MinuteId = minute.Id,
            DecisionMaker = committee.Name,
            Title = key ? minute.Title[KeyDecisionPrefix.Length..] : minute.Title,
            Decision = resolution.ToMinuteText(),
            DecidedOn = meeting.Date,
            KeyDecision = key,
            ConflictsDeclared = "None.",
        };
    }
}
