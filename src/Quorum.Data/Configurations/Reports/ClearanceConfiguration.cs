using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Reports;

namespace Quorum.Data.Configurations.Reports;

internal sealed class ClearanceConfiguration : IEntityTypeConfiguration<Clearance>
{
    public void Configure(EntityTypeBuilder<Clearance> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.OnBehalfOf).HasMaxLength(200);
    }
}
