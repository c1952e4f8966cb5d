using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Participation;

namespace Quorum.Data.Configurations.Participation;

internal sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.Property(s => s.Email).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(s => s.EmailKey).HasMaxLength(QuestionRules.MaxEmailLength);
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.Property(s => s.Frequency).HasMaxLength(20);
        builder.Property(s => s.Target).HasMaxLength(20);
        builder.Property(s => s.Query).HasMaxLength(AlertRules.MaxQueryLength);
        builder.HasOne<Committee>().WithMany().HasForeignKey(s => s.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Token).IsUnique();
        // One subscription per address per thing followed, even for two forms sent at once.
        builder.HasIndex(s => new { s.Target, s.TargetId, s.Query, s.EmailKey }).IsUnique();
    }
}
