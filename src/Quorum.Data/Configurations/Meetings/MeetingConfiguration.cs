using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Meetings;

namespace Quorum.Data.Configurations.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Venue).HasMaxLength(300);
        builder.Property(m => m.VirtualLink).HasMaxLength(500);
        builder.Property(m => m.StatusReason).HasMaxLength(1000);
        builder.HasOne(m => m.Committee).WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.AgendaItems).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendances).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.CommitteeId, m.Date });
        builder.HasIndex(m => m.Date);
    }
}
