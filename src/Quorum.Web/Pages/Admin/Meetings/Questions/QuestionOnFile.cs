using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Participation;

namespace Quorum.Web.Pages.Admin.Meetings.Questions;

/// <summary>A meeting's public question as the accept and reject steps load it: the meeting, with its body, and the question.</summary>
public static class QuestionOnFile
{
    /// <summary>Null when the meeting is not there or the question is not one of its questions.</summary>
    public static async Task<(Meeting Meeting, PublicQuestion Question)?> LoadAsync(QuorumDbContext db, Guid meetingId, Guid questionId, CancellationToken ct)
    {
        if (await db.Meetings.AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == meetingId, ct) is not { } meeting
            || await db.PublicQuestions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == questionId && q.MeetingId == meetingId, ct) is not { } question)
        {
            return null;
        }
        return (meeting, question);
    }
}
