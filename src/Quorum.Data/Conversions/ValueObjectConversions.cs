using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.Reports;

namespace Quorum.Data.Conversions;

/// <summary>Stores value objects as their plain value and enums by name, the same on every provider.</summary>
public static class ValueObjectConversions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<Slug>().HaveConversion<SlugConverter>().HaveMaxLength(Slug.MaxLength);
        builder.Properties<MinuteNumber>().HaveConversion<MinuteNumberConverter>();
        builder.Properties<PageRange>().HaveConversion<PageRangeConverter>().HaveMaxLength(20);
        builder.Properties<Schedule12AParagraph>().HaveConversion<Schedule12AParagraphConverter>();

        builder.Properties<BodyType>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<MembershipRole>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<VotingRight>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<AgendaPart>().HaveConversion<string>().HaveMaxLength(10);
        builder.Properties<AttendanceMark>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<MeetingStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<InterestKind>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<ResolutionKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<VoteChoice>().HaveConversion<string>().HaveMaxLength(10);
        builder.Properties<PublicationState>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ReportTextFormat>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ClearanceRole>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<ConsultationPurpose>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<DeclarationOutcome>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ActionStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<MinutesState>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ExecutiveDecisionStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<InterestCategory>().HaveConversion<string>().HaveMaxLength(60);
        builder.Properties<DispensationGround>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<QuestionStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<QuestionRejection>().HaveConversion<string>().HaveMaxLength(40);
    }

    private sealed class SlugConverter() : ValueConverter<Slug, string>(s => s.Value, v => new Slug(v));

    private sealed class MinuteNumberConverter() : ValueConverter<MinuteNumber, int>(n => n.Value, v => new MinuteNumber(v));

    private sealed class PageRangeConverter() : ValueConverter<PageRange, string>(r => r.ToString(), v => PageRange.Parse(v));

    private sealed class Schedule12AParagraphConverter() : ValueConverter<Schedule12AParagraph, int>(p => p.Number, v => new Schedule12AParagraph(v));
}
