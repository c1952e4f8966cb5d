using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class ActionPointConfiguration : IEntityTypeConfiguration<ActionPoint>
{
    public void Configure(EntityTypeBuilder<ActionPoint> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.HasOne<Minute>().WithMany().HasForeignKey(a => a.MinuteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Resolution>().WithMany().HasForeignKey(a => a.ResolutionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.ReportBackMeetingId).OnDelete(DeleteBehavior.SetNull);
    }
}
