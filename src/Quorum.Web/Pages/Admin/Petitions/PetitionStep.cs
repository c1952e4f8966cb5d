using Quorum.Domain.Participation;
using Quorum.Web.Site;

namespace Quorum.Web.Pages.Admin.Petitions;

/// <summary>Base of the steps taken on one petition (publish, reject): the petition, found among this council's own.</summary>
public abstract class PetitionStep(CurrentCouncil current, Application.Participation.Petitions petitions) : StaffPageModel
{
    public Petition Petition { get; private set; } = null!;

    protected Application.Participation.Petitions Petitions => petitions;

    public string PetitionPage => $"/admin/petitions/{Petition.Id}";

    /// <summary>Why the step no longer applies (the petition has already been published or rejected), or null.</summary>
    public string? NoLongerApplies => Petition.Status switch
    {
        PetitionStatus.Published => $"Petition {Petition.Number} has already been published.",
        PetitionStatus.Rejected => $"Petition {Petition.Number} has already been rejected.",
        _ => null,
    };

    protected async Task<bool> LoadAsync(Guid id, string step)
    {
        if (await current.GetAsync(HttpContext.RequestAborted) is not { } council
            || (await petitions.ForStaffAsync(council.Id, HttpContext.RequestAborted)).SingleOrDefault(p => p.Petition.Id == id) is not { Petition: not null } found)
        {
            return false;
        }
        Petition = found.Petition;
        Title = $"{step} petition {Petition.Number}: {Petition.Title}";
        return true;
    }
}
