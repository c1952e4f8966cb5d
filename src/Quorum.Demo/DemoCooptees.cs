using Quorum.Domain.Committees;
using Quorum.Domain.People;

namespace Quorum.Demo;

/// <summary>
/// The non-councillor members: statutory education co-optees and a youth representative on scrutiny, a
/// foster carer advising the Corporate Parenting Panel, partner organisations and their substitutes on the
/// Health and Wellbeing Board, and a scheme members' representative on the Pension Fund Committee.
/// </summary>
internal sealed class DemoCooptees(DemoCouncilBuilder builder, HashSet<string> usedNames)
{
    private readonly Dictionary<string, Person> people = [];

    public void Appoint(BodyYear bodyYear, DemoBody spec)
    {
        switch (spec.Style)
        {
            case BodyStyle.Scrutiny when spec.BodyType == BodyType.Committee:
                Seat(bodyYear, "Reverend", "Church of England Diocese of London", MembershipRole.CoOpted, VotingRight.EducationItemsOnly, "Representative of the Voluntary Aided Sector");
                Seat(bodyYear, "Mr", "Roman Catholic Diocese of Westminster", MembershipRole.CoOpted, VotingRight.EducationItemsOnly, "Representative of the Voluntary Aided Sector");
                Seat(bodyYear, "Mrs", "Parent Governors", MembershipRole.CoOpted, VotingRight.EducationItemsOnly, "Parent Governor Representative");
                Seat(bodyYear, null, "Brentmoor Youth Parliament", MembershipRole.CoOpted, VotingRight.None, "Representative of Brentmoor Youth Parliament");
                break;
            case BodyStyle.CorporateParenting:
                Seat(bodyYear, "Ms", null, MembershipRole.Advisory, VotingRight.None, "Foster Carer");
                break;
            case BodyStyle.Pension:
                Seat(bodyYear, "Mr", "UNISON", MembershipRole.CoOpted, VotingRight.None, "Scheme Members' Representative");
                break;
            case BodyStyle.Partnership:
                foreach (var (title, organisation, position) in Partners)
                {
                    var representative = Seat(bodyYear, title, organisation, MembershipRole.Representative, VotingRight.Full, position);
                    var substitute = Person($"substitute:{organisation}", title == "Superintendent" ? "Chief Inspector" : title);
                    bodyYear.Substitutes.Add(new Substitute
                    {
                        Id = builder.Random.NextGuid(),
                        CommitteeId = bodyYear.Committee.Id,
                        PersonId = substitute.Id,
                        Person = substitute,
                        Organisation = organisation,
                        ForPersonId = representative.Id,
                        From = bodyYear.Year.StartsOn,
                        To = bodyYear.Year.EndsOn,
                    });
                }
                foreach (var (officer, post) in builder.Officers.Where(o => o.Post is "Corporate Director of People" or "Head of Public Health"))
                {
                    Add(bodyYear, officer, MembershipRole.Officer, VotingRight.None, null, post);
                }
                builder.Council.Substitutes.AddRange(bodyYear.Substitutes);
                break;
        }
    }

    private static readonly (string? Title, string Organisation, string Position)[] Partners =
    [
        ("Dr", "NHS North West London Integrated Care Board", "Borough Director"),
        ("Superintendent", "Metropolitan Police", "Borough Commander"),
        ("Ms", "Healthwatch Brentmoor", "Chair"),
        ("Mr", "Voluntary Action Brentmoor", "Chief Executive"),
    ];

    private Person Seat(BodyYear bodyYear, string? title, string? organisation, MembershipRole role, VotingRight voting, string position)
    {
        var person = Person($"{bodyYear.Committee.Name}:{position}:{organisation}", title);
        Add(bodyYear, person, role, voting, organisation, position);
        return person;
    }

    private void Add(BodyYear bodyYear, Person person, MembershipRole role, VotingRight voting, string? organisation, string position)
    {
        var membership = new Membership
        {
            Id = builder.Random.NextGuid(),
            CommitteeId = bodyYear.Committee.Id,
            PersonId = person.Id,
            Person = person,
            Role = role,
            VotingRight = voting,
            OrganisationRepresented = organisation,
            Position = position,
            From = bodyYear.Year.StartsOn,
            To = bodyYear.Year.EndsOn,
        };
        bodyYear.Add(membership);
        builder.Council.Memberships.Add(membership);
    }

    /// <summary>The same seat keeps the same holder from year to year.</summary>
    private Person Person(string seat, string? title)
    {
        if (!people.TryGetValue(seat, out var person))
        {
            person = builder.NewPerson(usedNames, title);
            people[seat] = person;
        }
        return person;
    }
}
