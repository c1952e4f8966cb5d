using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Reports;

namespace Quorum.Data.Configurations.Reports;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.Property(c => c.Recommendation).HasMaxLength(4000);
        builder.Property(c => c.Outcome).HasMaxLength(4000);
        builder.HasOne(c => c.Report).WithMany(r => r.Consultations).HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.AgendaItem).WithMany().HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Minute).WithMany().HasForeignKey(c => c.MinuteId).OnDelete(DeleteBehavior.SetNull);
        // A report is considered once per item (Report.TakeTo says so first); withdrawn steps keep their row as
        // tombstones, so only live rows are held unique. The same filter text works on SQLite and PostgreSQL.
        builder.HasIndex(c => new { c.ReportId, c.AgendaItemId }).IsUnique().HasFilter("\"Deleted\" IS NULL");
        builder.HasIndex(c => c.AgendaItemId);
    }
}
