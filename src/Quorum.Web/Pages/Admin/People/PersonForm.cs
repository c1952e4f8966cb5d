using Quorum.Application.Setup;
using Quorum.Domain.People;

namespace Quorum.Web.Pages.Admin.People;

/// <summary>The person form as typed, shared by the new and change pages.</summary>
public sealed class PersonForm
{
    public string? Title { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public bool IsCouncillor { get; set; }

    public Guid? PartyGroupId { get; set; }

    public Guid? WardId { get; set; }

    public string? Email { get; set; }

    public static PersonForm Of(Person person) => new()
    {
        Title = person.Title,
        GivenName = person.GivenName,
        FamilyName = person.FamilyName,
        IsCouncillor = person.IsCouncillor,
        PartyGroupId = person.PartyGroupId,
        WardId = person.WardId,
        Email = person.Email,
    };

    public PersonDetails Details() => new(Title, GivenName ?? "", FamilyName ?? "", IsCouncillor, PartyGroupId, WardId, Email);
}

/// <summary>What <c>_PersonFields.cshtml</c> draws: the form as typed, the council's groups and wards, and the errors by field.</summary>
public sealed record PersonFieldsView(PersonForm Form, IReadOnlyList<(Guid Id, string Name)> Groups, IReadOnlyList<(Guid Id, string Name)> Wards, Dictionary<string, string> Errors);
