-- AlterTable
ALTER TABLE "BadReviewCase" ADD COLUMN     "contactName" VARCHAR(30),
ADD COLUMN     "contactPhone" VARCHAR(20);
