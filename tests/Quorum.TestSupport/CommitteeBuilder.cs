using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Committees;

namespace Quorum.TestSupport;

/// <summary>
/// A committee of a <see cref="TestCouncil"/>: its settings, seats (from the start of the municipal year), reserve
/// lists and named substitutes. People are found by name; a name not yet known becomes a councillor (a member) or
/// a non-councillor (a co-optee or adviser).
/// </summary>
public sealed class CommitteeBuilder
{
    private readonly TestCouncil council;
    private bool seatsEndWithTheYear;

    internal CommitteeBuilder(TestCouncil council, Committee committee)
    {
        this.council = council;
        Committee = committee;
    }

    public Committee Committee { get; }

    public CommitteeBuilder Slug(string slug)
    {
        Committee.Slug = new Slug(slug);
        return this;
    }

    public CommitteeBuilder Type(BodyType type)
    {
        Committee.BodyType = type;
        return this;
    }

    public CommitteeBuilder Quorum(int? quorum)
    {
        Committee.Quorum = quorum;
        return this;
    }

    public CommitteeBuilder Purpose(string purpose)
    {
        Committee.Purpose = purpose;
        return this;
    }

    /// <summary>A sub-committee or panel of a committee added earlier.</summary>
    public CommitteeBuilder Within(string parent)
    {
        Committee.ParentId = council.Records.Committee(parent).Id;
        return this;
    }

    public CommitteeBuilder Clerk(string name, string? title = null, string? phone = null, string? email = null)
    {
        (Committee.ClerkName, Committee.ClerkTitle, Committee.ClerkPhone, Committee.ClerkEmail) = (name, title, phone, email);
        return this;
    }

    public CommitteeBuilder Chair(string person) => Seat(person, MembershipRole.Chair);

    public CommitteeBuilder ViceChair(string person) => Seat(person, MembershipRole.ViceChair);

    public CommitteeBuilder Members(params string[] people)
    {
        foreach (var person in people)
        {
            Seat(person, MembershipRole.Member);
        }
        return this;
    }

    /// <summary>A co-opted member, by default a diocesan or parent governor voting on education items only.</summary>
    public CommitteeBuilder CoOptee(string person, string? organisation = null, VotingRight votes = VotingRight.EducationItemsOnly) =>
        Seat(person, MembershipRole.CoOpted, votes, organisation);

    /// <summary>A non-voting adviser (a foster carer on a corporate parenting panel, a youth representative).</summary>
    public CommitteeBuilder Adviser(string person, string? position = null) => Seat(person, MembershipRole.Advisory, VotingRight.None, position: position);

    /// <summary>Any seat; <paramref name="from"/> defaults to the start of the municipal year.</summary>
    public CommitteeBuilder Seat(string person, MembershipRole role, VotingRight votes = VotingRight.Full, string? organisation = null, string? position = null, LocalDate? from = null, LocalDate? to = null)
    {
        var councillor = role is MembershipRole.Chair or MembershipRole.ViceChair or MembershipRole.Member;
        var year = council.TakeYear();
        Committee.Memberships.Add(new Membership
        {
            CommitteeId = Committee.Id,
            PersonId = council.PersonNamed(person, councillor).Id,
            Role = role,
            VotingRight = votes,
            OrganisationRepresented = organisation,
            Position = position,
            From = from ?? year.StartsOn,
            To = to,
        });
        return this;
    }

    /// <summary>Every seat given without an end date ends with the municipal year instead of running on.</summary>
    public CommitteeBuilder SeatsEndWithTheYear()
    {
        seatsEndWithTheYear = true;
        return this;
    }

    /// <summary>The party group's reserve list for the year, in the order given.</summary>
    public CommitteeBuilder Reserves(string party, params string[] people)
    {
        var list = new ReserveList { CommitteeId = Committee.Id, PartyGroupId = council.PartyNamed(party).Id, MunicipalYearId = council.TakeYear().Id };
        foreach (var person in people)
        {
            list.Add(council.PersonNamed(person, councillor: true).Id);
        }
        council.Records.ReserveListList.Add(list);
        return this;
    }

    /// <summary>A named substitute for an outside organisation's seat, from the start of the year.</summary>
    public CommitteeBuilder Substitute(string person, string organisation, string? forPerson = null)
    {
        council.Records.SubstituteList.Add(new Substitute
        {
            CommitteeId = Committee.Id,
            PersonId = council.PersonNamed(person, councillor: false).Id,
            Organisation = organisation,
            ForPersonId = forPerson is null ? null : council.Records.Person(forPerson).Id,
            From = council.TakeYear().StartsOn,
        });
        return this;
    }

    public CommitteeBuilder Edit(Action<Committee> edit)
    {
        edit(Committee);
        return this;
    }

    internal void Finish()
    {
        if (seatsEndWithTheYear)
        {
            foreach (var seat in Committee.Memberships.Where(m => m.To is null))
            {
                seat.To = council.Records.Year.EndsOn;
            }
        }
    }
}
