namespace Quorum.Domain.Meetings;

/// <summary>
/// The standing items of the committee agenda template. Business items have none; the agenda keeps its
/// sections in template order (opening items, business, urgent business, exclusion, Part II).
/// </summary>
public enum StandingItem
{
    AttendanceByReserveMembers,
    DeclarationsOfInterest,
    Minutes,
    PublicQuestions,
    Petitions,
    Deputations,
    References,
    AnyOtherUrgentBusiness,
    ExclusionOfPressAndPublic,
}
