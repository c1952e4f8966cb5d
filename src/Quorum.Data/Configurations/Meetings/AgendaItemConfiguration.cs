using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Meetings;

namespace Quorum.Data.Configurations.Meetings;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(500);
        builder.Property(i => i.ReportOf).HasMaxLength(300);
        builder.Property(i => i.Standing).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Suffix).HasMaxLength(AgendaItem.MaxSuffixLength);
        builder.HasIndex(i => new { i.MeetingId, i.Number, i.Suffix }).IsUnique();
    }
}
