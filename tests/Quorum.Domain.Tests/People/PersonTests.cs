using Quorum.Domain.People;

namespace Quorum.Domain.Tests.People;

public class PersonTests
{
    private static Person Councillor(string given, string family, string? title = null) => new()
    {
        CouncilId = Guid.NewGuid(),
        Title = title,
        GivenName = given,
        FamilyName = family,
        Slug = Slug.From($"{given} {family}"),
        IsCouncillor = true,
    };

    [Fact]
    public void Councillors_print_with_their_office_and_others_with_their_title()
    {
        Assert.Equal("Councillor Phillip O'Dell", Councillor("Phillip", "O'Dell").DisplayName);
        var reverend = new Person { CouncilId = Guid.NewGuid(), Title = "Reverend", GivenName = "P", FamilyName = "Reece", Slug = new Slug("p-reece") };
        Assert.Equal("Reverend P Reece", reverend.DisplayName);
    }

    [Fact]
    public void A_person_is_recognised_under_printed_spelling_variants()
    {
        var person = Councillor("Lynda", "Seymour");
        person.AddAlias("Linda Seymour");
        person.AddAlias("lynda seymour");
        Assert.Equal(["Linda Seymour"], person.Aliases);
        Assert.True(person.IsNamed("Cllr Linda Seymour"));
        Assert.True(person.IsNamed("Councillor Lynda Seymour"));
        Assert.False(person.IsNamed("Janet Mote"));
        Assert.True(Councillor("Pamela", "Fitzpatrick", "Ms").IsNamed("Councillor Ms Pamela Fitzpatrick"));
    }

    [Fact]
    public void A_ward_has_a_name_and_slug()
    {
        var ward = new Ward { CouncilId = Guid.NewGuid(), Name = "Harrow on the Hill", Slug = Slug.From("Harrow on the Hill") };
        Assert.Equal("harrow-on-the-hill", ward.Slug.Value);
    }
}
