using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Reports;

namespace Quorum.Data.Configurations.KeyDecisions;

internal sealed class ForwardPlanEntryConfiguration : IEntityTypeConfiguration<ForwardPlanEntry>
{
    public void Configure(EntityTypeBuilder<ForwardPlanEntry> builder)
    {
        builder.Property(e => e.Matter).HasMaxLength(KeyDecisionRules.MaxMatterLength);
        builder.Property(e => e.DecisionMakerName).HasMaxLength(KeyDecisionRules.MaxNameLength);
        builder.Property(e => e.Wards).HasMaxLength(KeyDecisionRules.MaxWardsLength);
        builder.Property(e => e.ScrutinyChair).HasMaxLength(KeyDecisionRules.MaxNameLength);
        builder.Property(e => e.SpecialUrgencyAgreedBy).HasMaxLength(KeyDecisionRules.MaxNameLength);
        builder.HasOne<Council>().WithMany().HasForeignKey(e => e.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Committee>().WithMany().HasForeignKey(e => e.DecisionMakerBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Report>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ExecutiveDecision>().WithMany().HasForeignKey(e => e.ExecutiveDecisionId).OnDelete(DeleteBehavior.SetNull);
        // The public address /forward-plan/{number} names one entry per council, however two staff save at once.
        builder.HasIndex(e => new { e.CouncilId, e.Number }).IsUnique();
        builder.HasIndex(e => new { e.CouncilId, e.DecisionDate });
    }
}
