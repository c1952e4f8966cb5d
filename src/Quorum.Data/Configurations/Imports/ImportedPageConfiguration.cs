using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Imports;

namespace Quorum.Data.Configurations.Imports;

internal sealed class ImportedPageConfiguration : IEntityTypeConfiguration<ImportedPage>
{
    public void Configure(EntityTypeBuilder<ImportedPage> builder)
    {
        builder.HasOne(p => p.Pack).WithMany().HasForeignKey(p => p.PackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.PackId, p.Number }).IsUnique();
    }
}
