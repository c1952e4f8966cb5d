using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Committees;
using Quorum.Domain.Reports;

namespace Quorum.Data.Configurations.Reports;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.ReportFor).HasMaxLength(200);
        builder.Property(r => r.Subject).HasMaxLength(500);
        builder.Property(r => r.ResponsibleOfficer).HasMaxLength(300);
        builder.Property(r => r.PortfolioHolder).HasMaxLength(300);
        builder.Property(r => r.ScrutinyLeadMember).HasMaxLength(300);
        builder.Property(r => r.WardsAffected).HasMaxLength(500);
        builder.Property(r => r.ContactOfficer).HasMaxLength(300);
        builder.Property(r => r.BackgroundPapers).HasMaxLength(2000);
        builder.Property(r => r.WardCouncillorsNotified).HasMaxLength(300);
        builder.Property(r => r.ReturnReason).HasMaxLength(2000);
        builder.HasOne<Council>().WithMany().HasForeignKey(r => r.CouncilId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.AgendaItem).WithMany().HasForeignKey(r => r.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Clearances).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Enclosures).WithOne(e => e.Report).HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.State);
    }
}
