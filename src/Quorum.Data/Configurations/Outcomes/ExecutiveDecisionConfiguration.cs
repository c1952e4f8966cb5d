using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class ExecutiveDecisionConfiguration : IEntityTypeConfiguration<ExecutiveDecision>
{
    public void Configure(EntityTypeBuilder<ExecutiveDecision> builder)
    {
        builder.Property(d => d.DecisionMaker).HasMaxLength(300);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.CallInWaiverReason).HasMaxLength(ExecutiveDecision.MaxWaiverReasonLength);
        builder.HasOne<Committee>().WithMany().HasForeignKey(d => d.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Minute).WithMany().HasForeignKey(d => d.MinuteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.CommitteeId, d.DecidedOn });
    }
}
