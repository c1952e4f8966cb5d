using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Reports;

namespace Quorum.Data.Configurations.Reports;

internal sealed class EnclosureConfiguration : IEntityTypeConfiguration<Enclosure>
{
    public void Configure(EntityTypeBuilder<Enclosure> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.StoragePath).HasMaxLength(500);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(e => new { e.ReportId, e.Number }).IsUnique();
        builder.HasIndex(e => e.Sha256);
    }
}
