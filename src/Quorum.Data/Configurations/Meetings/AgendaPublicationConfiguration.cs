using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Meetings;

namespace Quorum.Data.Configurations.Meetings;

internal sealed class AgendaPublicationConfiguration : IEntityTypeConfiguration<AgendaPublication>
{
    public void Configure(EntityTypeBuilder<AgendaPublication> builder)
    {
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.Property(p => p.PackFile).HasMaxLength(300);
        builder.Property(p => p.PartIIPackFile).HasMaxLength(300);
        builder.Property(p => p.PackSha256).HasMaxLength(64);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MeetingId, p.Version }).IsUnique();
    }
}
